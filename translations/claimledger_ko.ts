<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ArticleImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no article text that could be found.</source>
        <translation>%1에서 기사 본문을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be an article (%2 MB; the limit is %3 MB).</source>
        <translation>%1은(는) 기사로 보기에 너무 큽니다(%2MB, 한도 %3MB).</translation>
    </message>
    <message>
        <source>%1 is damaged: it is named as a PDF but does not start as one.</source>
        <translation>%1이(가) 손상되었습니다: 이름은 PDF이지만 PDF 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is named as a %2 document but is not a zip archive holding one.</source>
        <translation>%1이(가) 손상되었습니다: 이름은 %2 문서이지만 그 문서를 담은 zip 압축 파일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>ClaimKind</name>
    <message>
        <source>Statement</source>
        <translation>진술</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Prediction or pledge</source>
        <translation>예측 또는 공약</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::AddSourceDialog</name>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>A PDF, web page, Word or text file</source>
        <translation>PDF, 웹 페이지, 워드 또는 텍스트 파일</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Address, if there is one</source>
        <translation>주소 (있다면)</translation>
    </message>
    <message>
        <source>Publisher or organisation</source>
        <translation>발행처 또는 기관</translation>
    </message>
    <message>
        <source>Author or speaker</source>
        <translation>작성자 또는 발언자</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>출처 추가</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>The page or document is fetched, its title, publisher, author and date read, and a copy archived with its SHA-256.</source>
        <translation>페이지나 문서를 가져와 제목, 발행처, 작성자, 날짜를 읽고, 사본을 SHA-256과 함께 보관합니다.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>Add a Source from a File</source>
        <translation>파일에서 출처 추가</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>유형(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>제목(&amp;I):</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>주소(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>발행처(&amp;P):</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>작성자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Web Address</source>
        <translation>웹 주소(&amp;W)</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>파일(&amp;I)</translation>
    </message>
    <message>
        <source>By &amp;Hand</source>
        <translation>직접 입력(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;liability:</source>
        <translation>신뢰도(&amp;L):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation>“%1”은(는) 웹 주소(http:// 또는 https://)가 아닙니다.</translation>
    </message>
    <message>
        <source>Source Already in the Library</source>
        <translation>이미 있는 출처</translation>
    </message>
    <message>
        <source>“%1” is already in the library as “%2”. Use that source instead of adding it again?</source>
        <translation>“%1”은(는) 이미 “%2”(으)로 출처 목록에 있습니다. 다시 추가하지 않고 그 출처를 쓸까요?</translation>
    </message>
    <message>
        <source>Give the source a title.</source>
        <translation>출처의 제목을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ArticleFetcher</name>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB; the download was stopped.</source>
        <translation>%1이(가) %2MB 넘게 보내서 내려받기를 멈췄습니다.</translation>
    </message>
    <message>
        <source>The server %1 could not be found (is the address right, and the network up?).</source>
        <translation>서버 %1을(를) 찾을 수 없습니다(주소가 맞는지, 네트워크가 연결되어 있는지 확인하세요).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate was not accepted.</source>
        <translation>%1과(와)의 보안 연결에 실패했습니다: 인증서를 받아들일 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 redirects too many times (or to an unsafe address); it was not followed.</source>
        <translation>%1이(가) 너무 여러 번(또는 안전하지 않은 주소로) 넘겨주어 따라가지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1이(가) 연결을 거부했습니다.</translation>
    </message>
    <message>
        <source>%1 answered %2 %3.</source>
        <translation>%1이(가) %2 %3(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The download did not finish.</source>
        <translation>내려받기가 끝나지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 was still sending after %2 seconds; the download was stopped.</source>
        <translation>%1이(가) %2초가 지나도록 계속 보내고 있어 내려받기를 멈췄습니다.</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ArticleListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
Source: %2
Imported: %3</source>
        <translation>%1
출처: %2
가져온 시각: %3</translation>
    </message>
    <message>
        <source>· version %1</source>
        <translation>· 버전 %1</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ArticleView</name>
    <message>
        <source>Import an article (File &gt; Import Article) or choose one from the list.</source>
        <translation>기사를 가져오거나(파일 &gt; 기사 가져오기) 목록에서 기사를 고르세요.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
    <message>
        <source>Claim: %1 · %2</source>
        <translation>주장: %1 · %2</translation>
    </message>
    <message>
        <source>Claimant: %1</source>
        <translation>주장한 사람: %1</translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation>수치: %1</translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation>세는 대상: %1</translation>
    </message>
    <message>
        <source>Quote by %1</source>
        <translation>%1의 인용</translation>
    </message>
    <message>
        <source>an unknown speaker</source>
        <translation>알 수 없는 화자</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>날짜: %1</translation>
    </message>
    <message>
        <source>Accept it as a claim with Ctrl+Shift+M.</source>
        <translation>Ctrl+Shift+M으로 주장으로 채택합니다.</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ClaimInspector</name>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>주장한 사람</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Start of the claim</source>
        <translation>주장의 시작 위치</translation>
    </message>
    <message>
        <source>End of the claim</source>
        <translation>주장의 끝 위치</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Who makes the claim</source>
        <translation>주장한 사람</translation>
    </message>
    <message>
        <source>Normalized wording</source>
        <translation>정리한 문장</translation>
    </message>
    <message>
        <source>The claim in plain words</source>
        <translation>주장을 쉬운 말로</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>판정 근거</translation>
    </message>
    <message>
        <source>Why this verdict (saved when you leave the field)</source>
        <translation>이렇게 판정한 이유 (칸을 벗어나면 저장됩니다)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>쉼표로 구분한 태그</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>기사:</translation>
    </message>
    <message>
        <source>&amp;Span:</source>
        <translation>범위(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>C&amp;laimant:</source>
        <translation>주장한 사람(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>문장(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>판정(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>근거(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>태그(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>우선순위(&amp;P):</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>수치:</translation>
    </message>
    <message>
        <source>Set Priority</source>
        <translation>우선순위 설정</translation>
    </message>
    <message>
        <source>Edit Wording</source>
        <translation>문장 편집</translation>
    </message>
    <message>
        <source>Set Tags</source>
        <translation>태그 설정</translation>
    </message>
    <message>
        <source>Select a claim in the article or the table to see and edit it here.</source>
        <translation>기사나 표에서 주장을 선택하면 여기서 보고 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 = %2 %3 (%4)</source>
        <translation>%1 = %2 %3 (%4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set Claimant</source>
        <translation>주장한 사람 설정</translation>
    </message>
    <message>
        <source>Edit Rationale</source>
        <translation>근거 편집</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거 자료</translation>
    </message>
    <message>
        <source>&amp;Link Source…</source>
        <translation>출처 연결(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>근거 자료 삭제</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>근거 자료:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Credibility %1 · %2</source>
        <translation>신빙성 %1 · %2</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 버전 %2</translation>
    </message>
    <message>
        <source>%1 · an earlier version: the article is at version %2, where this claim was not found for sure; select its words there and choose Edit &gt; Move Claim to Selection</source>
        <translation>%1 · 이전 버전: 기사는 버전 %2이며 이 주장을 그 본문에서 확실히 찾지 못했습니다. 해당 글을 선택하고 편집 &gt; 주장을 선택 영역으로 옮기기를 고르세요</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) selected. Set their verdict with Edit &gt; Set Verdict, or select one to edit it here.</source>
        <translation>
            <numerusform>주장 %Ln개가 선택되었습니다. 편집 &gt; 판정 설정으로 판정을 정하거나, 하나를 선택해 여기서 편집하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ClaimTableModel</name>
    <message>
        <source>Set Claimant</source>
        <translation>주장한 사람 지정</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>주장한 사람</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Set Priority</source>
        <translation>우선순위 설정</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ClaimsPane</name>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>모든 판정</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>This article only</source>
        <translation>이 기사만</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>주장 걸러 보기</translation>
    </message>
    <message>
        <source>Filter claims by words</source>
        <translation>낱말로 주장 걸러 보기</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>판정으로 걸러 보기</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>종류로 걸러 보기</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>주장한 사람</translation>
    </message>
    <message>
        <source>Filter by claimant</source>
        <translation>주장한 사람으로 걸러 보기</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>태그로 걸러 보기</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>주장 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s)</source>
        <translation>
            <numerusform>주장 %Ln개 중 %1개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimLedger::EvidenceDialog</name>
    <message>
        <source>Link a Source</source>
        <translation>출처 연결</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>발췌</translation>
    </message>
    <message>
        <source>The passage of the source, as it reads</source>
        <translation>출처의 해당 구절 그대로</translation>
    </message>
    <message>
        <source>p. 12, paragraph 3, 14:05</source>
        <translation>12쪽, 3문단, 14:05</translation>
    </message>
    <message>
        <source>1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged</source>
        <translation>1 확인됨, 2 사실일 가능성 높음, 3 사실일 수 있음, 4 의심스러움, 5 사실일 가능성 낮음, 6 판단할 수 없음</translation>
    </message>
    <message>
        <source>Claim: “%1”</source>
        <translation>주장: “%1”</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;tance:</source>
        <translation>입장(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>발췌(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>위치(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation>신빙성(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>The project has no sources yet: add one in the Sources view first.</source>
        <translation>프로젝트에 아직 출처가 없습니다. 먼저 출처 창에서 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ExportDialog</name>
    <message>
        <source>The &amp;whole project</source>
        <translation>프로젝트 전체(&amp;W)</translation>
    </message>
    <message>
        <source>The &amp;article shown</source>
        <translation>보고 있는 기사(&amp;A)</translation>
    </message>
    <message>
        <source>The claims the &amp;table shows (%1)</source>
        <translation>표에 보이는 주장(&amp;T) (%1개)</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for spreadsheets)</source>
        <translation>바이트 순서 표시로 시작(&amp;B) (스프레드시트용)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <source>The organisation publishing the reviews</source>
        <translation>검증 결과를 발표하는 기관</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>용지 크기(&amp;P):</translation>
    </message>
    <message>
        <source>Reviews &amp;published by:</source>
        <translation>검증 발표 기관(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ImportQueue</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>내려받기를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::MainWindow</name>
    <message>
        <source>Create or open a project to begin.</source>
        <translation>프로젝트를 새로 만들거나 열어 시작하세요.</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation>새 프로젝트 파일을 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation>기존 프로젝트 파일을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>기사 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Add text articles to the project</source>
        <translation>텍스트 기사를 프로젝트에 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>프로젝트 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Mark Claim</source>
        <translation>주장 표시(&amp;M)</translation>
    </message>
    <message>
        <source>Mark the selected text as a claim</source>
        <translation>선택한 글을 주장으로 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>주장 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>예제 프로젝트 열기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About ClaimLedger</source>
        <translation>클레임레저 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Set &amp;Verdict</source>
        <translation>판정 지정(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>주 도구 모음</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>변경 사항을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>프로젝트를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Created %1. Import an article to begin.</source>
        <translation>%1을(를) 만들었습니다. 기사를 가져와 시작하세요.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <source>The project is read-only</source>
        <translation>읽기 전용 프로젝트입니다</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1을(를) 열었습니다.</translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation>예제 프로젝트를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>열린 프로젝트가 없습니다</translation>
    </message>
    <message>
        <source>Create or open a project before importing articles.</source>
        <translation>기사를 가져오기 전에 프로젝트를 만들거나 여세요.</translation>
    </message>
    <message>
        <source>Cannot import the article</source>
        <translation>기사를 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>The article was imported with problems</source>
        <translation>기사를 가져왔지만 문제가 있습니다</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>“%1” 기사를 가져왔습니다.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>ClaimLedger projects (*.claimledger)</source>
        <translation>클레임레저 프로젝트 (*.claimledger)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>ClaimLedger projects (*.claimledger);;All files (*)</source>
        <translation>클레임레저 프로젝트 (*.claimledger);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <source>Select the text of the claim first.</source>
        <translation>먼저 주장에 해당하는 글을 선택하세요.</translation>
    </message>
    <message>
        <source>Marked a claim. Set its verdict with Edit &gt; Set Verdict.</source>
        <translation>주장을 표시했습니다. 편집 &gt; 판정 지정에서 판정을 정하세요.</translation>
    </message>
    <message>
        <source>About ClaimLedger</source>
        <translation>클레임레저 정보</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[읽기 전용]</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy the project to a new file and go on working in the copy</source>
        <translation>프로젝트를 새 파일로 복사하고 그 사본에서 계속 작업합니다</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>사본 저장(&amp;Y)…</translation>
    </message>
    <message>
        <source>Write a copy of the project, for example to send it to a colleague</source>
        <translation>동료에게 보내는 등의 용도로 프로젝트 사본을 씁니다</translation>
    </message>
    <message>
        <source>Upgraded %1 to the current file format; the original is kept as %2.</source>
        <translation>%1을(를) 현재 파일 형식으로 변환했습니다. 원본은 %2(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>Cannot copy the project</source>
        <translation>프로젝트를 복사할 수 없습니다</translation>
    </message>
    <message>
        <source>Choose a file other than the open project.</source>
        <translation>열려 있는 프로젝트가 아닌 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>사본을 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>다른 이름으로 프로젝트 저장</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>Import from &amp;Web Address…</source>
        <translation>웹 주소에서 가져오기(&amp;W)…</translation>
    </message>
    <message>
        <source>Fetch a web page or document and add it to the project</source>
        <translation>웹 페이지나 문서를 가져와 프로젝트에 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Paste as Article</source>
        <translation>기사로 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Add the text or web page on the clipboard to the project</source>
        <translation>클립보드의 글이나 웹 페이지를 프로젝트에 추가합니다</translation>
    </message>
    <message>
        <source>“%1” is already in the project, unchanged.</source>
        <translation>“%1”은(는) 이미 프로젝트에 있으며 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Import from Web Address</source>
        <translation>웹 주소에서 가져오기</translation>
    </message>
    <message>
        <source>Address of the article:</source>
        <translation>기사 주소:</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation>“%1”은(는) 웹 주소(http:// 또는 https://)가 아닙니다.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.html *.htm *.pdf *.docx *.odt);;All files (*)</source>
        <translation>기사 (*.txt *.text *.md *.html *.htm *.pdf *.docx *.odt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>기사를 가져오는 중…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Some articles could not be imported</source>
        <translation>일부 기사를 가져오지 못했습니다</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>기사에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in the article shown</source>
        <translation>보고 있는 기사에서 텍스트를 찾습니다</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Accept Candidate</source>
        <translation>후보 채택(&amp;A)</translation>
    </message>
    <message>
        <source>Make a claim of the figure, quote or date under the cursor, with its value and speaker</source>
        <translation>커서가 있는 수치, 인용, 날짜를 값과 화자와 함께 주장으로 만듭니다</translation>
    </message>
    <message>
        <source>Search &amp;Project…</source>
        <translation>프로젝트 검색(&amp;P)…</translation>
    </message>
    <message>
        <source>Search every article, claim and source of the project</source>
        <translation>프로젝트의 모든 기사, 주장, 출처를 검색합니다</translation>
    </message>
    <message>
        <source>Fi&amp;lter Claims…</source>
        <translation>주장 걸러 보기(&amp;L)…</translation>
    </message>
    <message>
        <source>Filter the claims table by words, verdict, kind, claimant or tag</source>
        <translation>낱말, 판정, 종류, 주장한 사람, 태그로 주장 표를 걸러 봅니다</translation>
    </message>
    <message>
        <source>Show &amp;Original…</source>
        <translation>원본 보기(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the bytes the article was imported from, highlighted</source>
        <translation>기사를 가져온 원본을 강조 표시하여 보여 줍니다</translation>
    </message>
    <message>
        <source>Show &amp;Candidates</source>
        <translation>후보 표시(&amp;C)</translation>
    </message>
    <message>
        <source>Underline the figures, quotes and dates the article may claim</source>
        <translation>기사가 주장할 수 있는 수치, 인용, 날짜에 밑줄을 긋습니다</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>배치 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it was at first</source>
        <translation>모든 패널을 처음 자리로 되돌립니다</translation>
    </message>
    <message>
        <source>Go to &amp;Project</source>
        <translation>프로젝트로 이동(&amp;P)</translation>
    </message>
    <message>
        <source>Go to &amp;Article</source>
        <translation>기사로 이동(&amp;A)</translation>
    </message>
    <message>
        <source>Go to C&amp;laims</source>
        <translation>주장 표로 이동(&amp;L)</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>속성 창으로 이동(&amp;I)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장됨</translation>
    </message>
    <message>
        <source>Put the cursor in an underlined figure, quote or date first.</source>
        <translation>먼저 밑줄 친 수치, 인용, 날짜에 커서를 두십시오.</translation>
    </message>
    <message>
        <source>Accepted “%1” as a claim. Rate it in the inspector.</source>
        <translation>“%1”을(를) 주장으로 채택했습니다. 속성 창에서 판정하십시오.</translation>
    </message>
    <message>
        <source>Cannot show the original</source>
        <translation>원본을 보여 줄 수 없습니다</translation>
    </message>
    <message>
        <source>The article is gone.</source>
        <translation>기사가 없습니다.</translation>
    </message>
    <message>
        <source>Move Claim to &amp;Selection</source>
        <translation>주장을 선택 영역으로 옮기기(&amp;S)</translation>
    </message>
    <message>
        <source>Make the selected text the span of the selected claim</source>
        <translation>선택한 텍스트를 선택한 주장의 범위로 삼습니다</translation>
    </message>
    <message>
        <source>Select text in the claim&apos;s own article.</source>
        <translation>주장이 속한 기사에서 텍스트를 선택하십시오.</translation>
    </message>
    <message>
        <source>Create or open a project before importing articles: %1</source>
        <translation>기사를 가져오기 전에 프로젝트를 만들거나 여십시오: %1</translation>
    </message>
    <message>
        <source>&amp;Add Source…</source>
        <translation>출처 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a web page, document or statement to the project&apos;s sources</source>
        <translation>웹 페이지, 문서, 발언을 프로젝트의 출처에 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Link Source to Claim…</source>
        <translation>주장에 출처 연결(&amp;L)…</translation>
    </message>
    <message>
        <source>Record a source as evidence for or against the selected claim</source>
        <translation>선택한 주장을 뒷받침하거나 반박하는 근거로 출처를 기록합니다</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>출처(&amp;S)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>The source was already in the library; it is selected.</source>
        <translation>이미 있는 출처이므로 그것을 선택했습니다.</translation>
    </message>
    <message>
        <source>Added “%1” to the sources.</source>
        <translation>“%1”을(를) 출처에 추가했습니다.</translation>
    </message>
    <message>
        <source>Linked the source to the claim.</source>
        <translation>출처를 주장에 연결했습니다.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation>보관본을 열 수 없습니다</translation>
    </message>
    <message>
        <source>“%1” was entered by hand: it has no archived copy.</source>
        <translation>“%1”은(는) 직접 입력한 출처라 보관본이 없습니다.</translation>
    </message>
    <message>
        <source>A snapshot was changed</source>
        <translation>보관본이 바뀌었습니다</translation>
    </message>
    <message>
        <source>The archived copy of “%1” no longer matches the SHA-256 recorded when it was fetched.</source>
        <translation>“%1”의 보관본이 가져올 때 기록한 SHA-256과 더 이상 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>출처 삭제</translation>
    </message>
    <message>
        <source>Cannot open your source library</source>
        <translation>내 출처 보관함을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save the source to your library</source>
        <translation>출처를 내 보관함에 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>“%1” is in your library.</source>
        <translation>“%1”을(를) 내 보관함에 저장했습니다.</translation>
    </message>
    <message>
        <source>Your library is empty: save sources to it from a project first.</source>
        <translation>내 보관함이 비어 있습니다. 먼저 프로젝트에서 출처를 저장하십시오.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add from My Library</source>
        <translation>내 보관함에서 추가</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Cannot read the source from your library</source>
        <translation>내 보관함에서 출처를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The source is already in this project; it is selected.</source>
        <translation>이 출처는 이미 프로젝트에 있으므로 그것을 선택했습니다.</translation>
    </message>
    <message>
        <source>Add the Article&apos;s Li&amp;nks as Sources</source>
        <translation>기사의 링크를 출처로 추가(&amp;N)</translation>
    </message>
    <message>
        <source>Make a source of every link in the text of the article shown</source>
        <translation>보고 있는 기사 본문의 모든 링크를 출처로 만듭니다</translation>
    </message>
    <message>
        <source>The article links to nothing new.</source>
        <translation>기사에 새로운 링크가 없습니다.</translation>
    </message>
    <message>
        <source>Added the article&apos;s links as sources: %1.</source>
        <translation>기사의 링크를 출처로 추가했습니다: %1개.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a report (HTML, PDF, Markdown) or an exchange file (CSV, JSON, ClaimReview, Web Annotation)</source>
        <translation>보고서(HTML, PDF, Markdown)나 교환 파일(CSV, JSON, ClaimReview, Web Annotation)을 씁니다</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>내보냈습니다.</translation>
    </message>
    <message>
        <source>The project file is gone</source>
        <translation>프로젝트 파일이 없어졌습니다</translation>
    </message>
    <message>
        <source>Everything open in this window is still here. Save it as a new project file to go on working; until then nothing more can be saved.</source>
        <translation>이 창에 열린 내용은 모두 그대로 있습니다. 계속 작업하려면 새 프로젝트 파일로 저장하세요. 그때까지는 더 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClaimLedger %1&lt;/h3&gt;&lt;p&gt;Track the claims news articles make and the evidence for them.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3&lt;/p&gt;&lt;p&gt;ClaimLedger is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;What it ships: the sample article, its people, companies and figures are fictional and were written for ClaimLedger, as were the icon and the translations; they are under the same licence. The syntax definitions of the original view come from KSyntaxHighlighting (MIT) as installed on this system.&lt;/p&gt;&lt;p&gt;Exchange rates: the euro foreign exchange reference rates of the European Central Bank (source: ECB), shipped unchanged; the ECB permits their reproduction with this acknowledgement.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;클레임레저 %1&lt;/h3&gt;&lt;p&gt;뉴스 기사의 주장과 그 근거를 추적합니다.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3&lt;/p&gt;&lt;p&gt;클레임레저는 MIT 라이선스를 따르는 자유 소프트웨어입니다.&lt;/p&gt;&lt;p&gt;함께 배포되는 것: 예제 기사와 그 속의 인물, 기업, 수치는 클레임레저를 위해 지어낸 허구이며, 아이콘과 번역도 클레임레저를 위해 만들었습니다. 모두 같은 라이선스를 따릅니다. 원본 보기의 문법 정의는 이 시스템에 설치된 KSyntaxHighlighting(MIT)에서 가져옵니다.&lt;/p&gt;&lt;p&gt;환율: 유럽중앙은행(ECB)의 유로 외환 기준환율을 그대로 싣습니다(출처: ECB). ECB는 출처를 밝히는 조건으로 복제를 허락합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>“%1” has changed: imported as version %2.</source>
        <translation>“%1”이(가) 바뀌었습니다: 버전 %2(으)로 가져왔습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) carried to the new text.</source>
        <translation>
            <numerusform>주장 %n개를 새 본문으로 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A figure changed in %n claim(s).</source>
        <translation>
            <numerusform>주장 %n개에서 수치가 바뀌었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) stay on the earlier version: not found for sure in the new text.</source>
        <translation>
            <numerusform>주장 %n개는 새 본문에서 확실히 찾지 못해 이전 버전에 남았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check for C&amp;hanges</source>
        <translation>변경 확인(&amp;H)</translation>
    </message>
    <message>
        <source>Fetch the article again (or read its file again); a changed text becomes a new version and the claims are carried to it</source>
        <translation>기사를 다시 가져오거나 파일을 다시 읽습니다. 본문이 바뀌었으면 새 버전으로 저장하고 주장을 그 본문으로 옮깁니다</translation>
    </message>
    <message>
        <source>Check “%1” for Changes</source>
        <translation>“%1” 변경 확인</translation>
    </message>
    <message>
        <source>Cannot check for changes</source>
        <translation>변경을 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>Choose the article&apos;s own file, %1: a file of another name is imported as another article.</source>
        <translation>기사 자신의 파일인 %1을(를) 고르세요. 이름이 다른 파일은 다른 기사로 가져옵니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>기사 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>주장 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This source is evidence for %Ln claim(s); removing it removes those links too (Edit &gt; Undo brings them back). Remove it?</source>
        <translation>
            <numerusform>이 출처는 주장 %Ln개의 근거입니다. 삭제하면 그 연결도 함께 삭제됩니다(편집 &gt; 실행 취소로 되돌릴 수 있습니다). 삭제할까요?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimLedger::NavigatorPane</name>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>인물·기관</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>다른 이름: %1</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Your name, as the change log should record it</source>
        <translation>변경 기록에 남길 이름</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>분석가 이름</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>인터페이스 언어</translation>
    </message>
    <message>
        <source>&amp;Analyst name:</source>
        <translation>분석가 이름(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect the next time ClaimLedger starts.</source>
        <translation>바꾼 언어는 클레임레저를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Largest download</source>
        <translation>최대 내려받기 크기</translation>
    </message>
    <message>
        <source>Largest &amp;download:</source>
        <translation>최대 내려받기 크기(&amp;D):</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>강조 색상</translation>
    </message>
    <message>
        <source>Highlight colour for %1</source>
        <translation>%1의 강조 색상</translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation>%1의 색상</translation>
    </message>
    <message>
        <source>Default Colours</source>
        <translation>기본 색상</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ProjectDocument</name>
    <message>
        <source>Choose an article before marking a claim.</source>
        <translation>주장을 표시하기 전에 기사를 고르세요.</translation>
    </message>
    <message>
        <source>Select the text of the claim first.</source>
        <translation>먼저 주장에 해당하는 글을 선택하세요.</translation>
    </message>
    <message>
        <source>The claim no longer exists.</source>
        <translation>그 주장은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Set Verdict to %1</source>
        <translation>판정을 %1(으)로 지정</translation>
    </message>
    <message>
        <source>Set Kind to %1</source>
        <translation>종류를 %1(으)로 지정</translation>
    </message>
    <message>
        <source>%1 could not be saved in the project: %2</source>
        <translation>%1을(를) 프로젝트에 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Mark Claim</source>
        <translation>주장 표시</translation>
    </message>
    <message>
        <source>The candidate no longer matches the article&apos;s text.</source>
        <translation>후보가 기사 본문과 더 이상 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Accept Candidate “%1”</source>
        <translation>후보 “%1” 채택</translation>
    </message>
    <message>
        <source>Change Claim Span</source>
        <translation>주장 범위 변경</translation>
    </message>
    <message>
        <source>The source could not be read.</source>
        <translation>출처를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>기사가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Add the Article&apos;s Links as Sources</source>
        <translation>기사의 링크를 출처로 추가</translation>
    </message>
    <message>
        <source>Linked from “%1”</source>
        <translation>“%1”에서 링크됨</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>“%1”을(를) 실행 취소하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>“%1”을(를) 다시 실행하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The undo history was cleared, because it no longer matches the project file.</source>
        <translation>실행 취소 기록이 더 이상 프로젝트 파일과 맞지 않아 지웠습니다.</translation>
    </message>
    <message>
        <source>Clipboard %1</source>
        <translation>클립보드 %1</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>클립보드에 글이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation>형식을 고르세요.</translation>
    </message>
    <message>
        <source>The claim&apos;s article no longer exists.</source>
        <translation>주장의 기사가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Move Claim to the Current Version</source>
        <translation>주장을 현재 버전으로 옮기기</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::RawViewDialog</name>
    <message>
        <source>Original bytes of the article</source>
        <translation>기사의 원본 바이트</translation>
    </message>
    <message>
        <source>Original of “%1”</source>
        <translation>“%1”의 원본</translation>
    </message>
    <message>
        <source>Version %1 as imported from %2 (%3 bytes, %4).</source>
        <translation>%2에서 가져온 버전 %1 (%3바이트, %4).</translation>
    </message>
    <message>
        <source>encoding unknown</source>
        <translation>인코딩 알 수 없음</translation>
    </message>
    <message>
        <source>The original is a PDF or office document: the reader shows the text extracted from it.</source>
        <translation>원본은 PDF 또는 오피스 문서입니다. 읽기 화면에는 거기서 추출한 본문이 표시됩니다.</translation>
    </message>
    <message>
        <source>Only the first %1 bytes are shown.</source>
        <translation>처음 %1바이트만 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Extracted text</source>
        <translation>추출한 본문(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Use Selection as Excerpt</source>
        <translation>선택 영역을 발췌로 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Snapshot of “%1”</source>
        <translation>“%1”의 보관본</translation>
    </message>
    <message>
        <source>%1, fetched %2 (HTTP %3, %4, %5 bytes).</source>
        <translation>%1, %2에 가져옴 (HTTP %3, %4, %5바이트).</translation>
    </message>
    <message>
        <source>SHA-256 %1: verified.</source>
        <translation>SHA-256 %1: 확인됨.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#b00020&quot;&gt;The bytes no longer match the SHA-256 recorded when they were archived (%1): the snapshot was changed since.&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#b00020&quot;&gt;보관할 때 기록한 SHA-256(%1)과 내용이 일치하지 않습니다. 보관본이 그 뒤에 바뀌었습니다.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>extracted text</source>
        <translation>추출한 본문</translation>
    </message>
    <message>
        <source>original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>snapshot %1, %2, characters %3–%4</source>
        <translation>보관본 %1, %2, %3–%4번째 글자</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::ReaderPane</name>
    <message>
        <source>Find in article</source>
        <translation>기사에서 찾기</translation>
    </message>
    <message>
        <source>Previous Match</source>
        <translation>이전 결과</translation>
    </message>
    <message>
        <source>Next Match</source>
        <translation>다음 결과</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>찾기 막대 닫기</translation>
    </message>
    <message>
        <source>Verdict colours</source>
        <translation>판정 색상</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln개 일치</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article is very long: the reader shows its first %Ln character(s). The rest is saved in the project, searchable and exported with it.</source>
        <translation>
            <numerusform>기사가 매우 깁니다. 읽기 창에는 처음 %Ln자만 보입니다. 나머지도 프로젝트에 저장되어 있으며 검색하고 내보낼 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimLedger::SearchPane</name>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거 자료</translation>
    </message>
    <message>
        <source>Search articles, claims and sources</source>
        <translation>기사, 주장, 출처 검색</translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation>프로젝트 검색</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>찾은 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) (best first); press Enter on one to show it.</source>
        <translation>
            <numerusform>결과 %Ln개(관련도 순). 하나를 골라 Enter를 누르면 보여 줍니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimLedger::SourceTableModel</name>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발행일</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
</context>
<context>
    <name>ClaimLedger::SourcesPane</name>
    <message>
        <source>Filter sources</source>
        <translation>출처 걸러 보기</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Claims this source is evidence for</source>
        <translation>이 출처가 근거인 주장</translation>
    </message>
    <message>
        <source>&amp;Add Source…</source>
        <translation>출처 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open Snapshot</source>
        <translation>보관본 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Save to My &amp;Library</source>
        <translation>내 보관함에 저장(&amp;L)</translation>
    </message>
    <message>
        <source>Keep this source in your own library, to use it in other projects</source>
        <translation>다른 프로젝트에서도 쓰도록 이 출처를 내 보관함에 보관합니다</translation>
    </message>
    <message>
        <source>From My Li&amp;brary…</source>
        <translation>내 보관함에서(&amp;B)…</translation>
    </message>
    <message>
        <source>Add a source you kept in your library</source>
        <translation>내 보관함에 보관한 출처를 추가합니다</translation>
    </message>
    <message>
        <source>Evidence for:</source>
        <translation>근거가 되는 주장:</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <source>%1 is damaged: it is not a readable zip archive.</source>
        <translation>%1이(가) 손상되었습니다: 읽을 수 있는 zip 압축 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no %2.</source>
        <translation>%1이(가) 손상되었습니다: %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1이(가) 손상되었습니다: %2의 압축을 풀 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB (%3); it is not opened.</source>
        <translation>%1은(는) 압축을 풀면 %2MB를 넘어(%3) 열지 않습니다.</translation>
    </message>
    <message>
        <source>%1 has no text to import.</source>
        <translation>%1에 가져올 글이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file, but not a text document (%2).</source>
        <translation>%1은(는) OpenDocument 파일이지만 텍스트 문서가 아닙니다(%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a PDF.</source>
        <translation>%1이(가) 손상되어 PDF로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is protected by a password; open it in a PDF reader, save an unprotected copy, and import that.</source>
        <translation>%1은(는) 암호로 보호되어 있습니다. PDF 뷰어에서 열어 보호되지 않은 사본을 저장한 뒤 그 사본을 가져오세요.</translation>
    </message>
    <message>
        <source>%1 has no text to import (a scanned PDF holds only pictures of text).</source>
        <translation>%1에 가져올 글이 없습니다(스캔한 PDF에는 글자의 그림만 있습니다).</translation>
    </message>
    <message>
        <source>it holds more than %1 million characters of text</source>
        <translation>글자가 %1백만 자를 넘습니다</translation>
    </message>
    <message>
        <source>%1 holds more than %2 million characters of text; it is not imported.</source>
        <translation>%1에 글자가 %2백만 자를 넘게 들어 있어 가져오지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds more than %Ln file(s); it is not opened.</source>
        <translation>
            <numerusform>%1에 파일이 %Ln개보다 많아 열지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 says it holds more than %2 million objects, far more than any document of its size; it is not imported.</source>
        <translation>%1은(는) 객체가 %2백만 개를 넘는다고 하는데, 그 크기의 문서로는 지나치게 많아 가져오지 않습니다.</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>Some bytes are not valid %1; they are shown as �.</source>
        <translation>일부 바이트가 올바른 %1이(가) 아니어서 �로 표시합니다.</translation>
    </message>
    <message>
        <source>The text declares itself %1 but is %2; it was read as %2.</source>
        <translation>글이 스스로 %1(이)라고 밝히지만 실제로는 %2여서 %2(으)로 읽었습니다.</translation>
    </message>
</context>
<context>
    <name>FileIdentity</name>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>디스크 할당량을 다 썼습니다</translation>
    </message>
    <message>
        <source>the file is larger than this system allows</source>
        <translation>파일이 이 시스템에서 허용하는 크기보다 큽니다</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>디스크에서 입출력 오류가 났습니다</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Claim report: %1</source>
        <translation>주장 보고서: %1</translation>
    </message>
    <message>
        <source>Made with ClaimLedger on %1.</source>
        <translation>%1에 클레임레저로 만들었습니다.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>%1 발행</translation>
    </message>
    <message>
        <source>No claims marked.</source>
        <translation>표시한 주장이 없습니다.</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>주장한 사람: %1</translation>
    </message>
    <message>
        <source>In plain words:</source>
        <translation>쉬운 말로:</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>수치:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>근거:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>근거 자료:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Figures changed between versions:</source>
        <translation>버전 사이에 바뀐 수치:</translation>
    </message>
</context>
<context>
    <name>ImportArticleCommand</name>
    <message>
        <source>Import “%1”</source>
        <translation>“%1” 가져오기</translation>
    </message>
</context>
<context>
    <name>ImportVersionCommand</name>
    <message>
        <source>Import New Version of “%1”</source>
        <translation>“%1”의 새 버전 가져오기</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>“%1” is not one of the known values</source>
        <translation>“%1”은(는) 알려진 값이 아닙니다</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <source>a string is expected</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>an array of strings is expected</source>
        <translation>문자열 배열이어야 합니다</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1은(는) 범위(%2~%3)를 벗어납니다</translation>
    </message>
    <message>
        <source>base64 is expected</source>
        <translation>base64여야 합니다</translation>
    </message>
    <message>
        <source>a UUID is expected</source>
        <translation>UUID여야 합니다</translation>
    </message>
    <message>
        <source>an ISO 8601 time is expected</source>
        <translation>ISO 8601 시각이어야 합니다</translation>
    </message>
    <message>
        <source>an array is expected</source>
        <translation>배열이어야 합니다</translation>
    </message>
    <message>
        <source>%1: an object is expected</source>
        <translation>%1: 객체여야 합니다</translation>
    </message>
    <message>
        <source>“person” or “organization” is expected</source>
        <translation>“person” 또는 “organization”이어야 합니다</translation>
    </message>
    <message>
        <source>a grade from A to F is expected</source>
        <translation>A부터 F까지의 등급이어야 합니다</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>Articles: %1 · Claims: %2</source>
        <translation>기사: %1 · 주장: %2</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>가져온 시각: %1</translation>
    </message>
    <message>
        <source>No claims marked.</source>
        <translation>표시한 주장이 없습니다.</translation>
    </message>
    <message>
        <source>Claim: %1</source>
        <translation>주장: %1</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>판정 근거: %1</translation>
    </message>
    <message>
        <source>Figure: %1 = %2 %3 (%4)</source>
        <translation>수치: %1 = %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Figures changed between versions:</source>
        <translation>버전 사이에 바뀐 수치:</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>%1 is an open project: writing there would destroy it. Choose another file.</source>
        <translation>%1은(는) 열려 있는 프로젝트입니다. 그곳에 쓰면 프로젝트가 망가집니다. 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>%1 is also what is being read: writing there would destroy it. Choose another file.</source>
        <translation>%1은(는) 지금 읽고 있는 파일입니다. 그곳에 쓰면 망가집니다. 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>%1 is a ClaimLedger project: a report written there would destroy it. Choose another file.</source>
        <translation>%1은(는) ClaimLedger 프로젝트입니다. 그곳에 보고서를 쓰면 프로젝트가 망가집니다. 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1에 쓸 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Claim report: %1</source>
        <translation>주장 보고서: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The project has no article %1.</source>
        <translation>프로젝트에 %1번 기사가 없습니다.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1은(는) 프로젝트 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a ClaimLedger project.</source>
        <translation>%1은(는) 빈 파일이라 클레임레저 프로젝트가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a ClaimLedger project (it is not a database file).</source>
        <translation>%1은(는) 클레임레저 프로젝트가 아닙니다(데이터베이스 파일이 아닙니다).</translation>
    </message>
    <message>
        <source>%1 is a database, but not a ClaimLedger project.</source>
        <translation>%1은(는) 데이터베이스이지만 클레임레저 프로젝트가 아닙니다.</translation>
    </message>
    <message>
        <source>The project file could not be read or written: %1</source>
        <translation>프로젝트 파일을 읽거나 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The project cannot be changed: %1</source>
        <translation>프로젝트를 바꿀 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>변경 사항을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Qt용 SQLite 드라이버가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation>%1에 이미 파일이 있습니다.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1을(를) 만들 수 없습니다: %2 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1을(를) 만들 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>another file appeared at the same path</source>
        <translation>같은 경로에 다른 파일이 생겼습니다</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>it was saved by a newer version of ClaimLedger (file format %1; this version writes format %2). It is open read-only; update ClaimLedger to edit it.</source>
        <translation>더 새로운 클레임레저 버전으로 저장된 파일입니다(파일 형식 %1, 이 버전은 형식 %2). 읽기 전용으로 열었습니다. 편집하려면 클레임레저를 업데이트하세요.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no schema version.</source>
        <translation>%1이(가) 손상되었습니다: 스키마 버전이 없습니다.</translation>
    </message>
    <message>
        <source>you do not have permission to change %1 or its folder. It is open read-only.</source>
        <translation>%1 또는 그 폴더를 바꿀 권한이 없습니다. 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened: %2</source>
        <translation>%1이(가) 손상되어 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The claim&apos;s span %1–%2 does not lie inside the article&apos;s text.</source>
        <translation>주장의 범위 %1–%2이(가) 기사 본문 안에 있지 않습니다.</translation>
    </message>
    <message>
        <source>The claim could not be updated: its identity does not match the stored one.</source>
        <translation>주장을 갱신할 수 없습니다: 저장된 주장과 식별 정보가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The project has no claim %1.</source>
        <translation>프로젝트에 %1번 주장이 없습니다.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation>SQLite 드라이버가 연결을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>SQLite&apos;s defensive mode is not available.</source>
        <translation>SQLite 방어 모드를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The change could not be saved: part of it failed.</source>
        <translation>변경 사항을 저장할 수 없습니다: 일부가 실패했습니다.</translation>
    </message>
    <message>
        <source>it was opened for reading only.</source>
        <translation>읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <source>it is open in another ClaimLedger window (process %1). It is open read-only here; close it there to edit it here.</source>
        <translation>다른 클레임레저 창(프로세스 %1)에서 열려 있습니다. 여기서는 읽기 전용으로 열었습니다. 여기서 편집하려면 그 창에서 닫으세요.</translation>
    </message>
    <message>
        <source>%1 was saved by an older version of ClaimLedger and must be upgraded before it can be opened, but %2</source>
        <translation>%1은(는) 이전 버전의 클레임레저로 저장되어 열기 전에 변환해야 하지만, %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: the backup copy %2 could not be written.</source>
        <translation>%1을(를) 변환할 수 없습니다: 백업 사본 %2을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2. The file is unchanged; a copy is at %3.</source>
        <translation>%1을(를) 변환할 수 없습니다: %2. 파일은 바뀌지 않았고 사본은 %3에 있습니다.</translation>
    </message>
    <message>
        <source>Cannot copy the project to %1: %2</source>
        <translation>프로젝트를 %1(으)로 복사할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The source could not be updated: its identity does not match the stored one.</source>
        <translation>출처를 갱신할 수 없습니다: 저장된 출처와 식별 정보가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The project has no source %1.</source>
        <translation>프로젝트에 %1번 출처가 없습니다.</translation>
    </message>
    <message>
        <source>Credibility runs from 1 (confirmed) to 6 (cannot be judged), not %1.</source>
        <translation>신뢰도는 1(확인됨)부터 6(판단 불가)까지이며 %1은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The project has no evidence %1.</source>
        <translation>프로젝트에 %1번 근거가 없습니다.</translation>
    </message>
    <message>
        <source>The article has only one version; remove the article instead.</source>
        <translation>이 기사에는 버전이 하나뿐입니다. 대신 기사를 삭제하세요.</translation>
    </message>
    <message>
        <source>The project has no article version %1.</source>
        <translation>프로젝트에 기사 버전 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The article “%1” has no text.</source>
        <translation>기사 “%1”에 본문이 없습니다.</translation>
    </message>
    <message>
        <source>it contains %1 “%2”, which ClaimLedger does not create</source>
        <translation>ClaimLedger가 만들지 않는 %1 “%2”이(가) 들어 있습니다</translation>
    </message>
    <message>
        <source>its %1 “%2” is defined otherwise than ClaimLedger defines it</source>
        <translation>%1 “%2”의 정의가 ClaimLedger의 정의와 다릅니다</translation>
    </message>
    <message>
        <source>claims with impossible offsets: %1</source>
        <translation>위치가 불가능한 주장: %1개</translation>
    </message>
    <message>
        <source>claims on an article version that is not there: %1</source>
        <translation>없는 기사 버전에 달린 주장: %1개</translation>
    </message>
    <message>
        <source>claims with an unknown verdict or kind: %1</source>
        <translation>알 수 없는 판정이나 종류의 주장: %1개</translation>
    </message>
    <message>
        <source>snapshots whose SHA-256 is not 64 hexadecimal digits: %1</source>
        <translation>SHA-256이 16진수 64자리가 아닌 스냅숏: %1개</translation>
    </message>
    <message>
        <source>article versions whose SHA-256 is not 64 hexadecimal digits: %1</source>
        <translation>SHA-256이 16진수 64자리가 아닌 기사 버전: %1개</translation>
    </message>
    <message>
        <source>rows whose references do not hold: %1</source>
        <translation>참조가 맞지 않는 행: %1개</translation>
    </message>
    <message>
        <source>the project file %1 was deleted or moved away while it was open. Nothing more can be saved to it; use File &gt; Save As to keep what is open.</source>
        <translation>열려 있는 동안 프로젝트 파일 %1이(가) 지워지거나 옮겨졌습니다. 더는 저장할 수 없으니 파일 &gt; 다른 이름으로 저장으로 열린 내용을 보관하세요.</translation>
    </message>
    <message>
        <source>the project file %1 was replaced by another file while it was open. Nothing more is saved to it; use File &gt; Save As to keep what is open.</source>
        <translation>열려 있는 동안 프로젝트 파일 %1이(가) 다른 파일로 바뀌었습니다. 더는 저장하지 않으니 파일 &gt; 다른 이름으로 저장으로 열린 내용을 보관하세요.</translation>
    </message>
    <message>
        <source>its lock file could not be created beside it (%1). It is open read-only.</source>
        <translation>옆에 잠금 파일을 만들 수 없습니다(%1). 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>알 수 없는 이유</translation>
    </message>
    <message>
        <source>%1 has a write to finish that a crash or a full disk interrupted (its journal %2 is beside it). The edits saved before it are intact; open the project where it can be written to, and the interrupted write is rolled back.</source>
        <translation>%1에는 충돌이나 디스크 부족으로 끊긴 쓰기가 남아 있습니다(저널 %2이(가) 옆에 있습니다). 그 전에 저장한 편집은 온전합니다. 쓸 수 있는 곳에서 프로젝트를 열면 끊긴 쓰기가 되돌려집니다.</translation>
    </message>
    <message>
        <source>%1 was changed outside ClaimLedger: %2. It is not opened, so that nothing in it can run.</source>
        <translation>%1이(가) ClaimLedger 밖에서 바뀌었습니다: %2. 그 안의 어떤 것도 실행되지 않도록 열지 않습니다.</translation>
    </message>
    <message>
        <source>%1 holds values ClaimLedger never writes (%2): it was changed outside ClaimLedger or is damaged, and is not opened. &apos;claimledger-cli check&apos; reports what it holds.</source>
        <translation>%1에 ClaimLedger가 쓰지 않는 값이 있습니다(%2). ClaimLedger 밖에서 바뀌었거나 손상되어 열지 않습니다. &apos;claimledger-cli check&apos;로 내용을 확인하세요.</translation>
    </message>
    <message>
        <source>The claim&apos;s quote is not the article&apos;s text at %1–%2.</source>
        <translation>주장의 인용문이 %1–%2 위치의 기사 본문과 다릅니다.</translation>
    </message>
    <message>
        <source>it is open in another ClaimLedger window. It is open read-only here; close it there to edit it here.</source>
        <translation>다른 클레임레저 창에서 열려 있습니다. 여기서는 읽기 전용으로 열었습니다. 여기서 편집하려면 그 창에서 닫으세요.</translation>
    </message>
    <message>
        <source>A bulk change cannot run inside another change.</source>
        <translation>대량 변경은 다른 변경 안에서 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>The claim&apos;s article has no version %1.</source>
        <translation>주장의 기사에 버전 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The claim&apos;s span %1–%2 does not lie inside the version&apos;s text.</source>
        <translation>주장의 범위 %1–%2이(가) 그 버전의 본문 안에 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ProjectJson</name>
    <message>
        <source>The project could not be read.</source>
        <translation>프로젝트를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This is not a ClaimLedger project export.</source>
        <translation>클레임레저 프로젝트 내보내기 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The export was written by a newer version of ClaimLedger (format %1).</source>
        <translation>더 새로운 버전의 클레임레저가 쓴 내보내기 파일입니다(형식 %1).</translation>
    </message>
    <message>
        <source>The snapshot of “%1” does not match its SHA-256 in the export.</source>
        <translation>“%1”의 보관본이 내보내기 파일의 SHA-256과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The export is not valid: %1</source>
        <translation>내보내기 파일이 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no article of the export has this UUID</source>
        <translation>내보내기 파일에 이 UUID의 기사가 없습니다</translation>
    </message>
    <message>
        <source>the article has no version %1</source>
        <translation>기사에 버전 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>the span %1–%2 does not lie inside the text</source>
        <translation>범위 %1–%2이(가) 본문 안에 있지 않습니다</translation>
    </message>
    <message>
        <source>the quote is not the article&apos;s text at %1–%2</source>
        <translation>인용문이 %1–%2 위치의 기사 본문과 다릅니다</translation>
    </message>
    <message>
        <source>no claim of the export has this UUID</source>
        <translation>내보내기 파일에 이 UUID의 주장이 없습니다</translation>
    </message>
    <message>
        <source>no source of the export has this UUID</source>
        <translation>내보내기 파일에 이 UUID의 출처가 없습니다</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>A: completely reliable</source>
        <translation>A: 완전히 신뢰할 수 있음</translation>
    </message>
    <message>
        <source>B: usually reliable</source>
        <translation>B: 대체로 신뢰할 수 있음</translation>
    </message>
    <message>
        <source>C: fairly reliable</source>
        <translation>C: 어느 정도 신뢰할 수 있음</translation>
    </message>
    <message>
        <source>D: not usually reliable</source>
        <translation>D: 대체로 신뢰하기 어려움</translation>
    </message>
    <message>
        <source>E: unreliable</source>
        <translation>E: 신뢰할 수 없음</translation>
    </message>
    <message>
        <source>F: reliability cannot be judged</source>
        <translation>F: 신뢰도를 판단할 수 없음</translation>
    </message>
</context>
<context>
    <name>RemoveClaimsCommand</name>
    <message>
        <source>Delete Claim</source>
        <translation>주장 삭제</translation>
    </message>
    <message>
        <source>Delete %1 Claims</source>
        <translation>주장 %1개 삭제</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>… [%1 more characters are in the project]</source>
        <translation>… [나머지 %1자는 프로젝트에 있습니다]</translation>
    </message>
    <message>
        <source>Checked against version %1 of %2 (SHA-256 %3).</source>
        <translation>버전 %1(%2)에 대해 확인함(SHA-256 %3).</translation>
    </message>
    <message>
        <source>version %1 → %2: %3 → %4</source>
        <translation>버전 %1 → %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>HTML report</source>
        <translation>HTML 보고서</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF 보고서</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV, one row per claim</source>
        <translation>CSV, 주장마다 한 줄</translation>
    </message>
    <message>
        <source>JSON, the whole project</source>
        <translation>JSON, 프로젝트 전체</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>A %1 is written to a file.</source>
        <translation>%1은(는) 파일로 씁니다.</translation>
    </message>
    <message>
        <source>Unknown format “%1”.</source>
        <translation>알 수 없는 형식 “%1”.</translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>The sample article is missing from this build: %1</source>
        <translation>이 빌드에는 예제 기사가 없습니다: %1</translation>
    </message>
    <message>
        <source>The sample article does not contain &quot;%1&quot;.</source>
        <translation>예제 기사에 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>Add Source “%1”</source>
        <translation>출처 “%1” 추가</translation>
    </message>
    <message>
        <source>Remove Source “%1”</source>
        <translation>출처 “%1” 삭제</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>근거 자료 삭제</translation>
    </message>
    <message>
        <source>Link %1 Source</source>
        <translation>출처 연결 (%1)</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>Web page</source>
        <translation>웹 페이지</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>발언</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>인터뷰</translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation>소셜 미디어 게시물</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>공시</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Supports</source>
        <translation>뒷받침</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>반박</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>맥락</translation>
    </message>
    <message>
        <source>Origin of the claim</source>
        <translation>주장의 출처</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The project file could not be read or written: it is not open.</source>
        <translation>프로젝트 파일을 읽거나 쓸 수 없습니다: 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>The project file could not be read or written: %1</source>
        <translation>프로젝트 파일을 읽거나 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>TextImporter</name>
    <message>
        <source>%1 is not a text file: it contains binary data.</source>
        <translation>%1은(는) 텍스트 파일이 아닙니다: 바이너리 데이터가 들어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to import.</source>
        <translation>%1이(가) 비어 있어 가져올 글이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Unverified</source>
        <translation>미확인</translation>
    </message>
    <message>
        <source>True</source>
        <translation>사실</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>대체로 사실</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>절반의 사실</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>오해의 소지</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>대체로 거짓</translation>
    </message>
    <message>
        <source>False</source>
        <translation>거짓</translation>
    </message>
    <message>
        <source>Unprovable</source>
        <translation>판단 불가</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Track the claims news articles make.</source>
        <translation>뉴스 기사의 주장을 추적합니다.</translation>
    </message>
    <message>
        <source>Open the sample project.</source>
        <translation>예제 프로젝트를 엽니다.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it is shown, then quit.</source>
        <translation>창이 나타나면 그 그림을 FILE에 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <source>Start by creating a new project.</source>
        <translation>새 프로젝트를 만드는 것으로 시작합니다.</translation>
    </message>
    <message>
        <source>Open the files in a new window, not in the one already running.</source>
        <translation>이미 실행 중인 창이 아니라 새 창에서 파일을 엽니다.</translation>
    </message>
    <message>
        <source>Project files to open, articles or web addresses to import.</source>
        <translation>열 프로젝트 파일, 또는 가져올 기사나 웹 주소.</translation>
    </message>
</context>
</TS>
