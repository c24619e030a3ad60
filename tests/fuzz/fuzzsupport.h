#pragma once

// Shared set-up for the libFuzzer targets: a QCoreApplication (Qt's SQL plugins and
// codecs expect one) and silence for Qt's warnings, which would otherwise fill the
// fuzzer's output with every malformed input's complaint.

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace ClaimLedger::Fuzz {

inline void start(int *argc, char ***argv)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) { });
    // Leaked on purpose: it must outlive every input, and libFuzzer ends with exit().
    new QCoreApplication(*argc, *argv);
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Stops the run (libFuzzer saves the input) when an invariant does not hold.
inline void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace ClaimLedger::Fuzz

#define CLAIMLEDGER_FUZZ_INITIALIZE                                                                                    \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                                       \
    {                                                                                                                  \
        ClaimLedger::Fuzz::start(argc, argv);                                                                          \
        return 0;                                                                                                      \
    }
