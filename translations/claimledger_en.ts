<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleImporter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no article text that could be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an article (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is named as a PDF but does not start as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is named as a %2 document but is not a zip archive holding one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimKind</name>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction or pledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::AddSourceDialog</name>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF, web page, Word or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, if there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author or speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page or document is fetched, its title, publisher, author and date read, and a copy archived with its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Source from a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;liability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Already in the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in the library as “%2”. Use that source instead of adding it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the source a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ArticleFetcher</name>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB; the download was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found (is the address right, and the network up?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects too many times (or to an unsafe address); it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was still sending after %2 seconds; the download was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ArticleListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Source: %2
Imported: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ArticleView</name>
    <message>
        <source>Import an article (File &gt; Import Article) or choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept it as a claim with Ctrl+Shift+M.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ClaimInspector</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalized wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this verdict (saved when you leave the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Span:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;laimant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim in the article or the table to see and edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · an earlier version: the article is at version %2, where this claim was not found for sure; select its words there and choose Edit &gt; Move Claim to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) selected. Set their verdict with Edit &gt; Set Verdict, or select one to edit it here.</source>
        <translation>
            <numerusform>%Ln claim selected. Set its verdict with Edit &gt; Set Verdict, or select one to edit it here.</numerusform>
            <numerusform>%Ln claims selected. Set their verdict with Edit &gt; Set Verdict, or select one to edit it here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ClaimTableModel</name>
    <message>
        <source>Set Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ClaimsPane</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s)</source>
        <translation>
            <numerusform>%1 of %Ln claim</numerusform>
            <numerusform>%1 of %Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimLedger::EvidenceDialog</name>
    <message>
        <source>Link a Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage of the source, as it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. 12, paragraph 3, 14:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no sources yet: add one in the Sources view first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ExportDialog</name>
    <message>
        <source>The &amp;whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;article shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims the &amp;table shows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation publishing the reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews &amp;published by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ImportQueue</name>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::MainWindow</name>
    <message>
        <source>Create or open a project to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add text articles to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClaimLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1. Import an article to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or open a project before importing articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was imported with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimLedger projects (*.claimledger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimLedger projects (*.claimledger);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text of the claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked a claim. Set its verdict with Edit &gt; Set Verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ClaimLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the project to a new file and go on working in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the project, for example to send it to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 to the current file format; the original is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file other than the open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Web Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a web page or document and add it to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text or web page on the clipboard to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in the project, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Web Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.html *.htm *.pdf *.docx *.odt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some articles could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the article shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a claim of the figure, quote or date under the cursor, with its value and speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every article, claim and source of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter Claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the claims table by words, verdict, kind, claimant or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bytes the article was imported from, highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline the figures, quotes and dates the article may claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back where it was at first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to C&amp;laims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in an underlined figure, quote or date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted “%1” as a claim. Rate it in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Claim to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected text the span of the selected claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in the claim&apos;s own article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or open a project before importing articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a web page, document or statement to the project&apos;s sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Source to Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a source as evidence for or against the selected claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source was already in the library; it is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” to the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked the source to the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was entered by hand: it has no archived copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived copy of “%1” no longer matches the SHA-256 recorded when it was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open your source library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the source to your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty: save sources to it from a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from My Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the source from your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is already in this project; it is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Article&apos;s Li&amp;nks as Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a source of every link in the text of the article shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article links to nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the article&apos;s links as sources: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report (HTML, PDF, Markdown) or an exchange file (CSV, JSON, ClaimReview, Web Annotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything open in this window is still here. Save it as a new project file to go on working; until then nothing more can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClaimLedger %1&lt;/h3&gt;&lt;p&gt;Track the claims news articles make and the evidence for them.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3&lt;/p&gt;&lt;p&gt;ClaimLedger is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;What it ships: the sample article, its people, companies and figures are fictional and were written for ClaimLedger, as were the icon and the translations; they are under the same licence. The syntax definitions of the original view come from KSyntaxHighlighting (MIT) as installed on this system.&lt;/p&gt;&lt;p&gt;Exchange rates: the euro foreign exchange reference rates of the European Central Bank (source: ECB), shipped unchanged; the ECB permits their reproduction with this acknowledgement.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changed: imported as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) carried to the new text.</source>
        <translation>
            <numerusform>%n claim carried to the new text.</numerusform>
            <numerusform>%n claims carried to the new text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A figure changed in %n claim(s).</source>
        <translation>
            <numerusform>A figure changed in %n claim.</numerusform>
            <numerusform>A figure changed in %n claims.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) stay on the earlier version: not found for sure in the new text.</source>
        <translation>
            <numerusform>%n claim stays on the earlier version: not found for sure in the new text.</numerusform>
            <numerusform>%n claims stay on the earlier version: not found for sure in the new text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check for C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the article again (or read its file again); a changed text becomes a new version and the claims are carried to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check “%1” for Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the article&apos;s own file, %1: a file of another name is imported as another article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This source is evidence for %Ln claim(s); removing it removes those links too (Edit &gt; Undo brings them back). Remove it?</source>
        <translation>
            <numerusform>This source is evidence for %Ln claim; removing it removes that link too (Edit &gt; Undo brings it back). Remove it?</numerusform>
            <numerusform>This source is evidence for %Ln claims; removing it removes those links too (Edit &gt; Undo brings them back). Remove it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimLedger::NavigatorPane</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the change log should record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyst name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time ClaimLedger starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;download:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight colour for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Colours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ProjectDocument</name>
    <message>
        <source>Choose an article before marking a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text of the claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Verdict to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Kind to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved in the project: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate no longer matches the article&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Candidate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Claim Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Article&apos;s Links as Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo history was cleared, because it no longer matches the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim&apos;s article no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Claim to the Current Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::RawViewDialog</name>
    <message>
        <source>Original bytes of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 as imported from %2 (%3 bytes, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original is a PDF or office document: the reader shows the text extracted from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 bytes are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extracted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Selection as Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, fetched %2 (HTTP %3, %4, %5 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1: verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#b00020&quot;&gt;The bytes no longer match the SHA-256 recorded when they were archived (%1): the snapshot was changed since.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extracted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1, %2, characters %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ReaderPane</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article is very long: the reader shows its first %Ln character(s). The rest is saved in the project, searchable and exported with it.</source>
        <translation>
            <numerusform>This article is very long: the reader shows its first %Ln character. The rest is saved in the project, searchable and exported with it.</numerusform>
            <numerusform>This article is very long: the reader shows its first %Ln characters. The rest is saved in the project, searchable and exported with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimLedger::SearchPane</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles, claims and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) (best first); press Enter on one to show it.</source>
        <translation>
            <numerusform>%Ln result; press Enter on it to show it.</numerusform>
            <numerusform>%Ln results (best first); press Enter on one to show it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimLedger::SourceTableModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimLedger::SourcesPane</name>
    <message>
        <source>Filter sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims this source is evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to My &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this source in your own library, to use it in other projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From My Li&amp;brary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source you kept in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <source>%1 is damaged: it is not a readable zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB (%3); it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file, but not a text document (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password; open it in a PDF reader, save an unprotected copy, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text to import (a scanned PDF holds only pictures of text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than %1 million characters of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 million characters of text; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds more than %Ln file(s); it is not opened.</source>
        <translation>
            <numerusform>%1 holds more than %Ln file; it is not opened.</numerusform>
            <numerusform>%1 holds more than %Ln files; it is not opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 says it holds more than %2 million objects, far more than any document of its size; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>Some bytes are not valid %1; they are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text declares itself %1 but is %2; it was read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileIdentity</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than this system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Claim report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with ClaimLedger on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures changed between versions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportArticleCommand</name>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportVersionCommand</name>
    <message>
        <source>Import New Version of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>“%1” is not one of the known values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64 is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UUID is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 time is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an object is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“person” or “organization” is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grade from A to F is expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>Articles: %1 · Claims: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure: %1 = %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures changed between versions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>%1 is an open project: writing there would destroy it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also what is being read: writing there would destroy it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a ClaimLedger project: a report written there would destroy it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Claim report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The project has no article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a ClaimLedger project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ClaimLedger project (it is not a database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not a ClaimLedger project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another file appeared at the same path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved by a newer version of ClaimLedger (file format %1; this version writes format %2). It is open read-only; update ClaimLedger to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you do not have permission to change %1 or its folder. It is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim&apos;s span %1–%2 does not lie inside the article&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim could not be updated: its identity does not match the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no claim %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s defensive mode is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: part of it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was opened for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is open in another ClaimLedger window (process %1). It is open read-only here; close it there to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by an older version of ClaimLedger and must be upgraded before it can be opened, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1: the backup copy %2 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2. The file is unchanged; a copy is at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the project to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source could not be updated: its identity does not match the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no source %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility runs from 1 (confirmed) to 6 (cannot be judged), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no evidence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has only one version; remove the article instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no article version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article “%1” has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains %1 “%2”, which ClaimLedger does not create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 “%2” is defined otherwise than ClaimLedger defines it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims with impossible offsets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims on an article version that is not there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims with an unknown verdict or kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshots whose SHA-256 is not 64 hexadecimal digits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article versions whose SHA-256 is not 64 hexadecimal digits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows whose references do not hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file %1 was deleted or moved away while it was open. Nothing more can be saved to it; use File &gt; Save As to keep what is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file %1 was replaced by another file while it was open. Nothing more is saved to it; use File &gt; Save As to keep what is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file could not be created beside it (%1). It is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a write to finish that a crash or a full disk interrupted (its journal %2 is beside it). The edits saved before it are intact; open the project where it can be written to, and the interrupted write is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed outside ClaimLedger: %2. It is not opened, so that nothing in it can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds values ClaimLedger never writes (%2): it was changed outside ClaimLedger or is damaged, and is not opened. &apos;claimledger-cli check&apos; reports what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim&apos;s quote is not the article&apos;s text at %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is open in another ClaimLedger window. It is open read-only here; close it there to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk change cannot run inside another change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim&apos;s article has no version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim&apos;s span %1–%2 does not lie inside the version&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectJson</name>
    <message>
        <source>The project could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ClaimLedger project export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was written by a newer version of ClaimLedger (format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot of “%1” does not match its SHA-256 in the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article of the export has this UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article has no version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span %1–%2 does not lie inside the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote is not the article&apos;s text at %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claim of the export has this UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source of the export has this UUID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>A: completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D: not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E: unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F: reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveClaimsCommand</name>
    <message>
        <source>Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 Claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>… [%1 more characters are in the project]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against version %1 of %2 (SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 → %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>A %1 is written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>The sample article is missing from this build: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample article does not contain &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>Add Source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin of the claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The project file could not be read or written: it is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextImporter</name>
    <message>
        <source>%1 is not a text file: it contains binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprovable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Track the claims news articles make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by creating a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the files in a new window, not in the one already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project files to open, articles or web addresses to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
