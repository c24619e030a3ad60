#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ClaimLedger {

/// A failure explained in words the user can read (already translated).
struct Error {
    QString message;
};

/// The value of an operation that can fail, or the reason it failed. Errors are values
/// here because they cross Qt's event loop and library boundaries, where exceptions
/// must not.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    /// By value from a temporary, so that `for (x : f().value())` holds no dangling reference.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// The error message; empty when the operation succeeded.
    QString error() const { return ok() ? QString() : std::get<Error>(m_data).message; }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that produces nothing but may fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error.message))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace ClaimLedger
