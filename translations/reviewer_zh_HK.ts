<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name></name>
    <message>
        <location filename="../reviewer/ui/change_preview.py" line="45"/>
        <source>{changes} in {segments}, applied as one step (Ctrl+Z undoes it).</source>
        <translation>{segments}中共 {changes}，作為一步完成（Ctrl+Z 可還原）。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/change_preview.py" line="49"/>
        <source>Nothing to change.</source>
        <translation>沒有需要修改的內容。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/change_preview.py" line="54"/>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="57"/>
        <location filename="../reviewer/ui/history_panel.py" line="106"/>
        <location filename="../reviewer/ui/timeline.py" line="75"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/change_preview.py" line="54"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/change_preview.py" line="54"/>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="31"/>
        <source>English (and other Latin or Cyrillic script)</source>
        <translation>英文（及其他拉丁或西里爾字母文字）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="32"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="48"/>
        <source>Check preferences</source>
        <translation>檢查規則</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="56"/>
        <source>These are the subtitle rules. This project is checked as a transcript, so they apply only once it is checked as subtitles (the Problems panel switches it).</source>
        <translation>以下是字幕規則。本項目目前按文字稿檢查，改為按字幕檢查後才會生效（可在「問題」面板中切換）。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="66"/>
        <source> characters</source>
        <translation> 個字元</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="71"/>
        <source> characters a second</source>
        <translation> 字元/秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="72"/>
        <source> lines</source>
        <translation> 行</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="75"/>
        <source>&amp;Line at most</source>
        <translation>每行最多(&amp;L)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="76"/>
        <source>&amp;Reading speed at most</source>
        <translation>閲讀速度最高(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="77"/>
        <source>At &amp;most</source>
        <translation>最多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="80"/>
        <source>Timing</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="89"/>
        <source> frames</source>
        <translation> 幀</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="90"/>
        <source>&amp;Shortest on screen</source>
        <translation>最短顯示時長(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="91"/>
        <source>Lon&amp;gest on screen</source>
        <translation>最長顯示時長(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="92"/>
        <source>&amp;Frame rate</source>
        <translation>幀率(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="93"/>
        <source>Shortest ga&amp;p</source>
        <translation>最短間隔(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="45"/>
        <source>Compare with a checkpoint</source>
        <translation>與存檔點比較</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="57"/>
        <source>Segment</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="57"/>
        <location filename="../reviewer/ui/problems_panel.py" line="49"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="57"/>
        <source>Was</source>
        <translation>原為</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="57"/>
        <source>Now</source>
        <translation>現為</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="57"/>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="60"/>
        <source>Export &amp;Word (tracked changes)…</source>
        <translation>匯出 Word 追蹤修訂(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="61"/>
        <source>Export &amp;CSV…</source>
        <translation>匯出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="62"/>
        <source>&amp;Restore this checkpoint</source>
        <translation>恢復到此存檔點(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="64"/>
        <source>Puts the whole project back as it was (one undo step; a backup first)</source>
        <translation>把整個項目恢復到當時的狀態（可一步還原；先自動備份）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="67"/>
        <source>C&amp;heckpoint</source>
        <translation>存檔點(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="112"/>
        <source>{changes} since</source>
        <translation>此後 {changes}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="114"/>
        <source>no checkpoints yet</source>
        <translation>尚無存檔點</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="132"/>
        <source>Export the changes since the checkpoint</source>
        <translation>匯出存檔點以來的修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="135"/>
        <source>Word (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="148"/>
        <location filename="../reviewer/ui/export_dialog.py" line="167"/>
        <source>the project</source>
        <translation>項目本身</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="159"/>
        <source>Wrote the changes to {file}</source>
        <translation>修改已寫入 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="166"/>
        <source>Restored the checkpoint “{name}” (a backup copy is beside the project; Ctrl+Z undoes it)</source>
        <translation>已恢復到存檔點「{name}」（備份副本在項目檔案旁；Ctrl+Z 可還原）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="180"/>
        <source>Name a checkpoint</source>
        <translation>命名存檔點</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="181"/>
        <source>Name this state of the project (e.g. “sent to the desk 14:05”):</source>
        <translation>為項目的當前狀態命名（如「14:05 已交編輯部」）：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="194"/>
        <source>Checkpoint “{name}” named</source>
        <translation>已命名存檔點「{name}」</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="206"/>
        <source>No checkpoints yet: File &gt; Name a checkpoint…</source>
        <translation>尚無存檔點：請用「檔案 &gt; 命名存檔點…」</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/command_palette.py" line="26"/>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/command_palette.py" line="31"/>
        <source>Type an action: approve, speaker, loop, export…</source>
        <translation>輸入操作名稱：批核、講者、循環、匯出…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="72"/>
        <location filename="../reviewer/ui/history_panel.py" line="103"/>
        <location filename="../reviewer/ui/history_panel.py" line="166"/>
        <source>No segment</source>
        <translation>未選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="74"/>
        <source>Source (what is said)</source>
        <translation>原文（所説內容）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="376"/>
        <location filename="../reviewer/ui/editor_pane.py" line="75"/>
        <location filename="../reviewer/ui/export_dialog.py" line="56"/>
        <location filename="../reviewer/ui/find_replace.py" line="43"/>
        <location filename="../reviewer/ui/glossary_panel.py" line="48"/>
        <location filename="../reviewer/ui/segment_model.py" line="39"/>
        <source>Translation</source>
        <translation>譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="82"/>
        <source>Type a new name to make a speaker; keys 1-9 in the list, Alt+1-9 here</source>
        <translation>輸入新名字即新建講者；列表中按 1-9，此處按 Alt+1-9</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="84"/>
        <source>no speaker</source>
        <translation>無講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="86"/>
        <source>tags, comma separated (SOT, VO, needs-legal)</source>
        <translation>標籤，用逗號分隔（SOT, VO, needs-legal）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="91"/>
        <source>note for the desk</source>
        <translation>給編輯部的備註</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="104"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="106"/>
        <location filename="../reviewer/ui/segment_model.py" line="37"/>
        <location filename="../reviewer/ui/speaker_panel.py" line="45"/>
        <source>Speaker</source>
        <translation>講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="428"/>
        <location filename="../reviewer/ui/editor_pane.py" line="107"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="108"/>
        <location filename="../reviewer/ui/glossary_panel.py" line="50"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="196"/>
        <source>No segment selected</source>
        <translation>未選中段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="213"/>
        <source>the source ({count})</source>
        <translation>原文（{count}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="215"/>
        <source>the translation ({count})</source>
        <translation>譯文（{count}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="224"/>
        <source>the note ({count})</source>
        <translation>備註（{count}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="231"/>
        <source>Too long to edit here: {what}; the start is shown, and the whole text is kept (at most {limit} to edit)</source>
        <translation>內容過長，無法在此編輯：{what}；只顯示開頭，全文完整保留（可編輯上限 {limit}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="233"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="24"/>
        <source>Central European (Windows-1250): Croatian, Czech, Polish…</source>
        <translation>中歐語言 (Windows-1250)：克羅地亞語、捷克語、波蘭語…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="25"/>
        <source>Central European (ISO 8859-2)</source>
        <translation>中歐語言 (ISO 8859-2)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="26"/>
        <source>Western (Windows-1252): English, French, German…</source>
        <translation>西歐語言 (Windows-1252)：英語、法語、德語…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="27"/>
        <source>Cyrillic (Windows-1251): Russian…</source>
        <translation>西里爾文 (Windows-1251)：俄語…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="28"/>
        <source>Cyrillic (KOI8-R)</source>
        <translation>西里爾文 (KOI8-R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="29"/>
        <source>Chinese, Simplified (GB18030/GBK)</source>
        <translation>簡體中文 (GB18030/GBK)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="30"/>
        <source>Chinese, Traditional (Big5-HKSCS)</source>
        <translation>繁體中文 (Big5-HKSCS)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="31"/>
        <source>Japanese (Shift_JIS)</source>
        <translation>日語 (Shift_JIS)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="32"/>
        <source>Japanese (EUC-JP)</source>
        <translation>日語 (EUC-JP)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="33"/>
        <source>Korean (EUC-KR)</source>
        <translation>韓語 (EUC-KR)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="43"/>
        <source>Text encoding</source>
        <translation>文字編碼</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="48"/>
        <source>{file}: the text encoding is a guess. Choose the one in which names and accents read right.</source>
        <translation>{file}：文字編碼是推測的。請選擇能讓人名和重音字母正確顯示的編碼。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="49"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="57"/>
        <location filename="../reviewer/ui/find_replace.py" line="44"/>
        <location filename="../reviewer/ui/segment_model.py" line="38"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="58"/>
        <location filename="../reviewer/ui/find_replace.py" line="42"/>
        <source>Source and translation</source>
        <translation>原文和譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="62"/>
        <source>As it is</source>
        <translation>保持原樣</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="65"/>
        <source>Only &amp;approved segments</source>
        <translation>僅已批核段落(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="66"/>
        <source>S&amp;peaker labels</source>
        <translation>講者標註(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="69"/>
        <source>Time&amp;codes (plain text)</source>
        <translation>時間碼（純文字）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="74"/>
        <source>&amp;Save…</source>
        <translation>儲存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="79"/>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="80"/>
        <source>&amp;Text</source>
        <translation>內容(&amp;T)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="81"/>
        <source>Chinese sc&amp;ript</source>
        <translation>中文字形(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="110"/>
        <source>Left out, starting after the video ends ({end}): {segments}</source>
        <translation>已略去，在影片結束（{end}）之後才開始：{segments}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="116"/>
        <source>Cut at the video&apos;s end ({end}): {segments}</source>
        <translation>在影片結尾（{end}）截斷：{segments}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="158"/>
        <source>Export to</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="172"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="36"/>
        <source>Plain text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="37"/>
        <source>Whole words</source>
        <translation>全字匹配</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="38"/>
        <source>Regular expression</source>
        <translation>正則表達式</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="39"/>
        <source>Fuzzy (misspellings)</source>
        <translation>模糊（含拼寫錯誤）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="54"/>
        <source>Find and replace</source>
        <translation>搜尋和替換</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="60"/>
        <source>Find (Chinese in either script)</source>
        <translation>搜尋（中文簡繁皆可）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="69"/>
        <source>Match &amp;case</source>
        <translation>區分大小寫(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="73"/>
        <source>Find &amp;next</source>
        <translation>搜尋下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="75"/>
        <source>&amp;Replace</source>
        <translation>替換(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="76"/>
        <source>Replace &amp;all…</source>
        <translation>全部替換(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="77"/>
        <source>Cl&amp;ose</source>
        <translation>關閉(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="89"/>
        <source>&amp;Mode</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="91"/>
        <source>&amp;In</source>
        <translation>範圍(&amp;I)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="96"/>
        <source>&amp;Find</source>
        <translation>搜尋(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="97"/>
        <source>Replace &amp;with</source>
        <translation>替換為(&amp;W)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="135"/>
        <source>1 segment matches</source>
        <translation>1 個段落匹配</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="135"/>
        <source>{n} segments match</source>
        <translation>{n} 個段落匹配</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="161"/>
        <source>No match</source>
        <translation>無匹配</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="47"/>
        <source>Source forms</source>
        <translation>原文形式</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="49"/>
        <source>Avoid</source>
        <translation>避免使用</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="77"/>
        <source>New glossary term</source>
        <translation>新建詞彙</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="84"/>
        <source>One or more forms, separated by |: 真主党|真主黨</source>
        <translation>一個或多個形式，用 | 分隔：真主黨|真主黨</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="85"/>
        <source>The agreed rendering (others accepted after |)</source>
        <translation>統一譯法（| 後可列其他可接受的譯法）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="86"/>
        <source>Wrong renderings the checks flag, separated by |</source>
        <translation>檢查時會標出的錯誤譯法，用 | 分隔</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="93"/>
        <source>&amp;Source</source>
        <translation>原文(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="423"/>
        <location filename="../reviewer/ui/glossary_panel.py" line="94"/>
        <source>&amp;Translation</source>
        <translation>翻譯(&amp;T)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="95"/>
        <source>&amp;Avoid</source>
        <translation>避免使用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="96"/>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="213"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="206"/>
        <location filename="../reviewer/ui/glossary_panel.py" line="214"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="215"/>
        <source>Import CSV…</source>
        <translation>匯入 CSV…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="216"/>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="299"/>
        <source>{terms} read from {file}</source>
        <translation>已從 {file} 讀入 {terms}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="314"/>
        <source>{terms} written to {file}</source>
        <translation>已將 {terms} 寫入 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="322"/>
        <source>Import glossary</source>
        <translation>匯入詞彙表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="330"/>
        <source>Export glossary</source>
        <translation>匯出詞彙表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="352"/>
        <source>Glossary</source>
        <translation>詞彙表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="29"/>
        <source>Previous / next segment; the player seeks to its start</source>
        <translation>上一個/下一個段落；播放器跳到其開頭</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="33"/>
        <source>Select several segments (speaker keys apply to all)</source>
        <translation>選擇多個段落（講者快捷鍵作用於全部所選）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="40"/>
        <source>segment list</source>
        <translation>段落列表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="41"/>
        <source>editor</source>
        <translation>編輯區</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="42"/>
        <source>anywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="50"/>
        <source>Give the selected segments the speaker on that key</source>
        <translation>把該鍵對應的講者指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="51"/>
        <source>The same, while typing in an editor</source>
        <translation>同上，在編輯區輸入時使用</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="55"/>
        <source>Add or remove the tag on that key (SOT, VO, needs-legal…)</source>
        <translation>添加或移除該鍵對應的標籤（SOT、VO、needs-legal…）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="365"/>
        <location filename="../reviewer/ui/help_dialogs.py" line="68"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="73"/>
        <location filename="../reviewer/ui/speaker_panel.py" line="45"/>
        <source>Key</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="73"/>
        <source>Where</source>
        <translation>適用位置</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="73"/>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="91"/>
        <source>Everything in Reviewer works from the keyboard. Ctrl+Shift+P finds any action by name.</source>
        <translation>Reviewer 的所有操作都可以用鍵盤完成。按 Ctrl+Shift+P 可按名稱搜尋任何操作。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="112"/>
        <source>not available ({reason})</source>
        <translation>不可用（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="119"/>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). The demo clip is Reviewer&apos;s own material, under the same licence.</source>
        <translation>自由軟件，按 GNU 通用公共許可證第 3 版或更高版本（GPL-3.0-or-later）發佈。示範片段為 Reviewer 自有素材，採用相同許可證。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="123"/>
        <source>Review machine-made transcripts of video: speakers, source and translation, approval, export.</source>
        <translation>審校影片的機器文字稿：講者、原文與譯文、批核、匯出。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="144"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="144"/>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="366"/>
        <location filename="../reviewer/ui/help_dialogs.py" line="155"/>
        <source>About Reviewer</source>
        <translation>關於 Reviewer</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="248"/>
        <location filename="../reviewer/ui/history_panel.py" line="63"/>
        <location filename="../reviewer/ui/history_panel.py" line="64"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="83"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="106"/>
        <location filename="../reviewer/ui/timeline.py" line="71"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="106"/>
        <location filename="../reviewer/ui/timeline.py" line="72"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="106"/>
        <location filename="../reviewer/ui/timeline.py" line="73"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="112"/>
        <source>Revert the segment to this revision</source>
        <translation>將段落恢復到此修訂版本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="114"/>
        <source>Puts every field of the segment back as it was just after it</source>
        <translation>把該段落的所有欄位恢復到這次修訂之後的狀態</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="171"/>
        <source>Segment #{id}: {revisions}</source>
        <translation>段落 #{id}：{revisions}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="175"/>
        <source>Segment #{id}: as imported, no revisions yet</source>
        <translation>段落 #{id}：與匯入時相同，尚無修訂</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="185"/>
        <source>revision {revision}, operation {operation} ({kind})</source>
        <translation>修訂 {revision}，操作 {operation}（{kind}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="209"/>
        <source>{step} by {author}, {time}: {field}</source>
        <translation>{step}（{author}，{time}）：{field}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="228"/>
        <source>Segment #{id} is back as it was after revision {revision} (Ctrl+Z undoes it)</source>
        <translation>段落 #{id} 已恢復到修訂 {revision} 之後的狀態（Ctrl+Z 可還原）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="236"/>
        <source>History</source>
        <translation>修訂歷史</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="153"/>
        <source>1 change</source>
        <translation>1 處修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="153"/>
        <source>{n} changes</source>
        <translation>{n} 處修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="154"/>
        <source>1 segment</source>
        <translation>1 個段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="154"/>
        <source>{n} segments</source>
        <translation>{n} 個段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="155"/>
        <source>1 glossary term</source>
        <translation>1 條詞彙</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="155"/>
        <source>{n} glossary terms</source>
        <translation>{n} 條詞彙</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="156"/>
        <source>1 revision</source>
        <translation>1 次修訂</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="156"/>
        <source>{n} revisions</source>
        <translation>{n} 次修訂</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="157"/>
        <source>1 character</source>
        <translation>1 個字元</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="157"/>
        <source>{n} characters</source>
        <translation>{n} 個字元</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/language_menu.py" line="34"/>
        <source>Language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/language_menu.py" line="60"/>
        <source>The window will be in %1 from the next start.

Restart now? Nothing is lost: every change is already saved in the project file, and Reviewer opens it again.</source>
        <translation>下次啓動時介面將切換為%1。

現在重啓嗎？不會丟失任何內容：所有修改都已儲存在項目檔案中，Reviewer 重啓後會重新開啓它。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/language_menu.py" line="68"/>
        <source>Restart now</source>
        <translation>立即重啓</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/language_menu.py" line="69"/>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/match_delegate.py" line="67"/>
        <source>Matches not lit: {error}</source>
        <translation>未能標示匹配：{error}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="21"/>
        <source>No video is linked to this transcript, so it plays without picture. Use {relink} to choose the video file.</source>
        <translation>這份文字稿沒有關聯影片，播放時沒有畫面。請用{relink}選擇影片檔案。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="29"/>
        <source>The video file is missing: {file}. If it was moved or renamed, use {relink} to find it; until then the transcript plays without picture, and nothing is lost.</source>
        <translation>找不到影片檔案：{file}。如果檔案被移動或改名，請用{relink}重新找到它；在此之前文字稿照常播放，只是沒有畫面，不會丟失任何內容。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="98"/>
        <location filename="../reviewer/ui/media_problems.py" line="40"/>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="44"/>
        <source>The video cannot be played: {file} ({reason}). Use {relink} to choose a playable copy (H.264 MP4 plays everywhere); until then the transcript plays without picture.</source>
        <translation>影片無法播放：{file}（{reason}）。請用{relink}選擇一個可播放的版本（H.264 MP4 到處都能播放）；在此之前文字稿播放時沒有畫面。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="46"/>
        <source>libvlc gave no reason</source>
        <translation>libvlc 未説明原因</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="52"/>
        <source>No video: {reason}. The transcript plays without picture.</source>
        <translation>無影片：{reason}。文字稿播放時沒有畫面。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="54"/>
        <source>run: {command}</source>
        <translation>請執行：{command}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="59"/>
        <source>No video: {reason}, so the transcript plays without picture. To fix it, {fix}, then restart Reviewer.</source>
        <translation>無影片：{reason}，文字稿播放時沒有畫面。解決辦法：{fix}，然後重啓 Reviewer。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="67"/>
        <source>No video: libvlc cannot draw into windows on Qt&apos;s “{platform}” platform, so the transcript plays without picture. Start Reviewer with QT_QPA_PLATFORM=xcb to see it.</source>
        <translation>無影片：在 Qt 的「{platform}」平台上 libvlc 無法在視窗中繪製畫面，文字稿播放時沒有畫面。請用 QT_QPA_PLATFORM=xcb 啓動 Reviewer 以顯示畫面。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/opening.py" line="30"/>
        <source>Transcripts ({patterns})</source>
        <translation>文字稿 ({patterns})</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/opening.py" line="51"/>
        <source>Everything Reviewer opens ({patterns})</source>
        <translation>Reviewer 能開啓的所有檔案 ({patterns})</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/opening.py" line="52"/>
        <source>Projects ({patterns})</source>
        <translation>項目 ({patterns})</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/start.py" line="141"/>
        <source>Part of the window could not be set up ({error})</source>
        <translation>視窗的一部分未能建立（{error}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/filter_bar.py" line="21"/>
        <source>Find in source or translation (Ctrl+F), any script</source>
        <translation>在原文或譯文中搜尋（Ctrl+F），簡繁皆可</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/filter_bar.py" line="26"/>
        <location filename="../reviewer/ui/filter_bar.py" line="69"/>
        <source>All speakers</source>
        <translation>全部講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/filter_bar.py" line="31"/>
        <location filename="../reviewer/ui/filter_bar.py" line="80"/>
        <source>Reviewed {done} of {count}</source>
        <translation>已批核 {done} / {count}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="256"/>
        <source>No project</source>
        <translation>未開啓項目</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="269"/>
        <source>Open recent</source>
        <translation>最近開啓</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="182"/>
        <location filename="../reviewer/ui/main_window.py" line="412"/>
        <source>… and {count} more</source>
        <translation>…… 另有 {count} 處</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="418"/>
        <source>{count} part(s) of the file could not be read as they were: left out, repaired or read as a guess, as each line says:</source>
        <translation>檔案中有 {count} 處無法按原樣讀取：已按各行所述略去、修復或推測讀取：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="459"/>
        <source>Read-only: {reason}</source>
        <translation>唯讀：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="466"/>
        <source>The video had moved: found it at {file}</source>
        <translation>影片已被移動：在 {file} 找到</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/filter_bar.py" line="87"/>
        <source>{approved} approved, {edited} edited and not approved, {flagged} flagged, {unnamed} without a speaker; a change to an approved segment makes it edited again</source>
        <translation>已批核 {approved} 個，已修改未批核 {edited} 個，已標記 {flagged} 個，無講者 {unnamed} 個；已批核的段落一經修改，會變回「已修改」</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="656"/>
        <source>All changes saved</source>
        <translation>所有修改均已儲存</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="663"/>
        <source>NOT SAVED: {error}</source>
        <translation>未儲存：{error}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/edit.py" line="35"/>
        <source>Undo {what}</source>
        <translation>還原 {what}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/edit.py" line="41"/>
        <source>Redo {what}</source>
        <translation>重做 {what}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="35"/>
        <source>(none yet)</source>
        <translation>（暫無）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="45"/>
        <source>The other language</source>
        <translation>另一種語言</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="66"/>
        <source>Where is the video?</source>
        <translation>影片在哪裏？</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="85"/>
        <source>Exported to {file}; {cut}</source>
        <translation>已匯出到 {file}；{cut}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="87"/>
        <source>Exported to {file}</source>
        <translation>已匯出到 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/opening.py" line="43"/>
        <source>Video and audio ({patterns})</source>
        <translation>影片和音頻 ({patterns})</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/opening.py" line="37"/>
        <location filename="../reviewer/ui/opening.py" line="43"/>
        <location filename="../reviewer/ui/opening.py" line="53"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="96"/>
        <source>Not saved: {error}</source>
        <translation>未儲存：{error}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="99"/>
        <source>Nothing to save: every change is in the project file.</source>
        <translation>無需儲存：所有修改都已在項目檔案中。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/edit.py" line="21"/>
        <source>Undid {what}</source>
        <translation>已還原 {what}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/edit.py" line="28"/>
        <source>Redid {what}</source>
        <translation>已重做 {what}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/edit.py" line="87"/>
        <source>Put the playhead inside the segment to split it</source>
        <translation>請把播放位置移到段落內部再拆分</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/review.py" line="47"/>
        <source>Every segment has been reviewed</source>
        <translation>所有段落都已審閲</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/review.py" line="57"/>
        <source>No speaker on key {key} yet: add one in the speaker panel, or Alt+N</source>
        <translation>按鍵 {key} 還沒有對應的講者：請在講者面板中添加，或按 Alt+N</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/review.py" line="74"/>
        <source>New speaker</source>
        <translation>新建講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/review.py" line="74"/>
        <source>Name (given to the selected segments):</source>
        <translation>名字（將指定給所選段落）：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/review.py" line="86"/>
        <source>No tag on Ctrl+{n}</source>
        <translation>Ctrl+{n} 沒有對應的標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="69"/>
        <source>no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="185"/>
        <source>project, transcript or video</source>
        <translation>項目、文字稿或影片</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="70"/>
        <source>no segments in this file</source>
        <translation>檔案中沒有段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="49"/>
        <source>Check</source>
        <translation>檢查項</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="49"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="52"/>
        <source>All problems</source>
        <translation>全部問題</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="53"/>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="54"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="128"/>
        <source>Fix (Ctrl+.): {fix}</source>
        <translation>修正（Ctrl+.）：{fix}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="167"/>
        <source>Include approved</source>
        <translation>包括已批核</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="171"/>
        <source>Also list the warnings of approved segments (approving a segment says its warnings were judged)</source>
        <translation>同時列出已批核段落的警告（批核段落即表示其警告已經過判斷）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="179"/>
        <source>Checked as {kind}</source>
        <translation>按{kind}檢查</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="182"/>
        <source>What the project is for: subtitles are also checked for line length, lines, reading speed, durations and gaps; a transcript is not</source>
        <translation>項目的用途：字幕還要檢查行長度、行數、閲讀速度、時長和間隔；文字稿則不檢查這些</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="187"/>
        <source>Fix segment</source>
        <translation>修正段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="188"/>
        <source>Apply the glossary fixes of the current segment (Ctrl+.)</source>
        <translation>按詞彙表修正當前段落（Ctrl+.）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="190"/>
        <source>Fix all…</source>
        <translation>全部修正…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="373"/>
        <location filename="../reviewer/ui/problems_panel.py" line="192"/>
        <source>Preview every glossary fix, then apply them as one step</source>
        <translation>預覽所有按詞彙表的修正，再作為一步全部應用</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="243"/>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="289"/>
        <source>Checked as {kind} (Ctrl+Z takes it back)</source>
        <translation>已改為按{kind}檢查（Ctrl+Z 可還原）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="313"/>
        <source>; loading the glossary…</source>
        <translation>；正在載入詞彙表…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="346"/>
        <location filename="../reviewer/ui/problems_panel.py" line="372"/>
        <source>No problems</source>
        <translation>沒有問題</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="379"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="380"/>
        <source>{errors}, {warnings}</source>
        <translation>{errors}，{warnings}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="383"/>
        <source> ({checks})</source>
        <translation>（{checks}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="385"/>
        <source>; {warnings} of approved segments hidden</source>
        <translation>；已隱藏已批核段落的 {warnings}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="390"/>
        <source>1 error</source>
        <translation>1 個錯誤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="390"/>
        <source>{n} errors</source>
        <translation>{n} 個錯誤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="394"/>
        <source>1 warning</source>
        <translation>1 個警告</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="394"/>
        <source>{n} warnings</source>
        <translation>{n} 個警告</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="404"/>
        <source>No glossary fix for #{id}</source>
        <translation>段落 #{id} 沒有可按詞彙表修正的內容</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="407"/>
        <source>Fixed #{id}: {text}</source>
        <translation>已修正 #{id}：{text}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="416"/>
        <source>Fix all glossary, name and untranslated-text problems</source>
        <translation>修正全部詞彙、人名和未翻譯文字問題</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="428"/>
        <location filename="../reviewer/ui/segment_model.py" line="41"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/project_trust.py" line="21"/>
        <source>Rescue into a new project</source>
        <translation>搶救到新項目</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/project_trust.py" line="22"/>
        <source>Break the lock</source>
        <translation>解除鎖定</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/project_trust.py" line="49"/>
        <source>The file was not changed. Reviewer can copy its data (segments, speakers, tags, history, glossary) into a new project file it makes itself, leaving out anything else the file holds.</source>
        <translation>檔案未被改動。Reviewer 可以把其中的資料（段落、講者、標籤、修訂歷史、詞彙表）複製到它新建的項目檔案中，檔案中的其他內容一概不帶。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/project_trust.py" line="71"/>
        <source>Rescued into {file}; what could not be kept as it was:</source>
        <translation>已搶救到 {file}；以下內容無法原樣保留：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/project_trust.py" line="99"/>
        <source>The project opened read-only: {reason}.

Break the lock only if that machine is switched off or no longer has the project open: two Reviewers writing one file lose work.</source>
        <translation>項目以唯讀方式開啓：{reason}。

只有在那台電腦已關機或已不再開啓此項目時，才可解除鎖定：兩個 Reviewer 同時寫一個檔案會丟失工作。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="35"/>
        <source>{changes} waiting: {error}. Kept in memory and retried every {seconds} s; File &gt; Save a copy… writes them elsewhere</source>
        <translation>{changes} 待儲存：{error}。修改暫存在記憶體中，每 {seconds} 秒重試一次；可用「檔案 &gt; 儲存副本…」寫到別處</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="77"/>
        <source>Unsaved changes could not be rescued: {error}</source>
        <translation>未儲存的修改無法搶救：{error}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="84"/>
        <source>{count} unsaved changes could not be written to {file}; a copy with them is at {copy}</source>
        <translation>{count} 處未儲存的修改無法寫入 {file}；包含這些修改的副本在 {copy}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="99"/>
        <source>The unsaved changes are written now.</source>
        <translation>未儲存的修改現已寫入。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="108"/>
        <source>Save a copy of the project</source>
        <translation>儲存項目副本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="110"/>
        <source>Reviewer projects (*.review)</source>
        <translation>Reviewer 項目 (*.review)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="124"/>
        <source>A copy must go to another file than the project itself.</source>
        <translation>副本必須儲存為項目本身以外的另一個檔案。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="135"/>
        <source>Saved a copy at {file}, with {count} unsaved changes</source>
        <translation>副本已儲存到 {file}，含 {count} 處未儲存的修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="139"/>
        <source>Saved a copy at {file}</source>
        <translation>副本已儲存到 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="155"/>
        <source>Changes not saved</source>
        <translation>修改未儲存</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="156"/>
        <source>.

Save a copy elsewhere before closing?</source>
        <translation>。

關閉前把副本儲存到別處嗎？</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="383"/>
        <location filename="../reviewer/ui/saving.py" line="163"/>
        <source>Save a copy…</source>
        <translation>儲存副本…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="164"/>
        <source>Close without them</source>
        <translation>不儲存，直接關閉</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="37"/>
        <source>Convert Chinese script</source>
        <translation>轉換中文字形</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="43"/>
        <source>S&amp;elected segments ({count})</source>
        <translation>所選段落（{count}）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="44"/>
        <source>&amp;All segments</source>
        <translation>全部段落(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="55"/>
        <source>&amp;Conversion</source>
        <translation>轉換方式(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="56"/>
        <source>Source text of</source>
        <translation>原文範圍</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="99"/>
        <source>Show source as</source>
        <translation>原文顯示為</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="102"/>
        <source>As written</source>
        <translation>原樣</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="17"/>
        <source>All segments</source>
        <translation>全部段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="18"/>
        <source>Unreviewed</source>
        <translation>未審閲</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="19"/>
        <source>Not approved</source>
        <translation>未批核</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="20"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="21"/>
        <source>Approved</source>
        <translation>已批核</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="22"/>
        <source>Flagged</source>
        <translation>已標記</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="23"/>
        <source>With problems</source>
        <translation>有問題</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="24"/>
        <source>Without speaker</source>
        <translation>無講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_model.py" line="35"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_model.py" line="36"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_model.py" line="110"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_model.py" line="126"/>
        <source>({count} in all)</source>
        <translation>（共 {count}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="45"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="45"/>
        <source>Segments</source>
        <translation>段落數</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="55"/>
        <source>New speaker name, Enter</source>
        <translation>新講者名字，按 Enter 鍵</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="57"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="64"/>
        <source>No speakers yet. Type a name below and press Enter: the first gets key 1, the next key 2… Then press the key on a segment (or Alt+key while typing).</source>
        <translation>還沒有講者。在下方輸入名字並按 Enter 鍵：第一個對應按鍵 1，下一個對應 2…… 然後在段落上按對應的鍵（輸入時按 Alt+鍵）。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="112"/>
        <source>Key {key} in the list, Alt+{key} while typing</source>
        <translation>列表中按 {key}，輸入時按 Alt+{key}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="114"/>
        <source>No key: give it one from the context menu</source>
        <translation>無按鍵：可在右鍵選單中指定</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="169"/>
        <source>Give to selected segments</source>
        <translation>指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="171"/>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="172"/>
        <source>Role…</source>
        <translation>身份…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="173"/>
        <source>Colour…</source>
        <translation>顏色…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="174"/>
        <source>Key…</source>
        <translation>按鍵…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="175"/>
        <source>Merge into</source>
        <translation>合併到</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="180"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="189"/>
        <source>Rename speaker</source>
        <translation>重新命名講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="189"/>
        <source>Name:</source>
        <translation>名字：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="198"/>
        <source>Speaker role</source>
        <translation>講者身份</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="199"/>
        <source>Role (anchor, reporter, interviewee…):</source>
        <translation>身份（主播、記者、受訪者…）：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="211"/>
        <source>Colour of {name}</source>
        <translation>{name} 的顏色</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="221"/>
        <source>Speaker key</source>
        <translation>講者按鍵</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="222"/>
        <source>Key for {name} (1-9):</source>
        <translation>{name} 的按鍵（1-9）：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="52"/>
        <source>Project timeline</source>
        <translation>項目時間線</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="55"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="59"/>
        <source>&amp;From</source>
        <translation>從(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="59"/>
        <source>&amp;Until</source>
        <translation>到(&amp;U)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="74"/>
        <source>What</source>
        <translation>所改內容</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="76"/>
        <source>Old</source>
        <translation>舊值</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="77"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="81"/>
        <source>&amp;Author</source>
        <translation>修改人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="137"/>
        <source> (newest shown)</source>
        <translation>（顯示最新的）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="20"/>
        <source>source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="20"/>
        <source>translation</source>
        <translation>譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="21"/>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="21"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="27"/>
        <source>no speech</source>
        <translation>無語音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="28"/>
        <source>untranscribed speech</source>
        <translation>未文字稿的語音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="29"/>
        <source>after the end</source>
        <translation>片尾之後</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="30"/>
        <source>runs past the end</source>
        <translation>越過片尾</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="79"/>
        <source>{check}: {text}</source>
        <translation>{check}：{text}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="15"/>
        <location filename="../reviewer/ui/translated.py" line="24"/>
        <source>empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="42"/>
        <location filename="../reviewer/ui/translated.py" line="25"/>
        <source>no translation</source>
        <translation>無譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="26"/>
        <source>no source</source>
        <translation>無原文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="42"/>
        <source>Play (Space, Ctrl+Space) · replay the segment: Ctrl+R</source>
        <translation>播放（空白鍵、Ctrl+空白鍵）· 重播段落：Ctrl+R</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="43"/>
        <source>Pause (Space, Ctrl+Space) · replay the segment: Ctrl+R</source>
        <translation>暫停（空白鍵、Ctrl+空白鍵）· 重播段落：Ctrl+R</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="263"/>
        <location filename="../reviewer/ui/video_pane.py" line="207"/>
        <source>Relink video…</source>
        <translation>重新關聯影片…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="208"/>
        <source>Choose the video file for this transcript</source>
        <translation>為這份文字稿選擇影片檔案</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="223"/>
        <source>Back 2 s (Alt+Left)</source>
        <translation>後退 2 秒（Alt+←）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="227"/>
        <source>Forward 2 s (Alt+Right)</source>
        <translation>前進 2 秒（Alt+→）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="232"/>
        <source>Playhead / duration</source>
        <translation>播放位置 / 總時長</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="238"/>
        <source>Drag to move the playhead</source>
        <translation>拖動以移動播放位置</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="245"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="248"/>
        <source>Loop the current segment (Ctrl+L)</source>
        <translation>循環播放當前段落（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="250"/>
        <source>Loop</source>
        <translation>循環</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="253"/>
        <location filename="../reviewer/ui/video_pane.py" line="332"/>
        <source>Mute</source>
        <translation>靜音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="261"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="324"/>
        <source>No picture: the transcript plays on its own</source>
        <translation>無畫面：文字稿單獨播放</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="332"/>
        <source>Unmute</source>
        <translation>取消靜音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="43"/>
        <source>Reviewer plays a video in step with its machine-made transcript, so that you can tag who speaks, fix the text and its translation, and approve segment after segment from the keyboard. Every change is saved the moment you make it, with your name, in a project file that keeps its whole history, and the result exports to SRT, WebVTT, Word and more.</source>
        <translation>Reviewer 把影片和機器文字稿同步播放，讓你用鍵盤標註講者、修改原文和譯文，並逐段批核。每次修改都會連同你的名字立即儲存在項目檔案中，完整保留修訂歷史；成果可匯出為 SRT、WebVTT、Word 等格式。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="50"/>
        <source>Behind this window is the demo clip: a 41-second invented news story whose machine transcript has mistakes planted for you to find.</source>
        <translation>此視窗後面是示範片段：一段 41 秒的虛構新聞，機器文字稿裏特意埋了一些錯誤，等你來找。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="53"/>
        <source>Behind this window is {what}.</source>
        <translation>此視窗後面是 {what}。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="54"/>
        <source>No project is open yet: open a transcript or a video to start.</source>
        <translation>還沒有開啓項目：開啓一份文字稿或一個影片即可開始。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="56"/>
        <source>To review your own clip, open its transcript (SRT, WebVTT, ASS, Whisper JSON, CSV, text copied from a video page) or the video itself: Reviewer makes a project beside it.</source>
        <translation>要審校自己的片段，請開啓它的文字稿（SRT、WebVTT、ASS、Whisper JSON、CSV，或從影片網頁複製的文字），或直接開啓影片：Reviewer 會在旁邊建立項目檔案。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="62"/>
        <source>previous / next segment; the video jumps to it</source>
        <translation>上一個/下一個段落；影片隨之跳轉</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="63"/>
        <source>give the segment the speaker on that key</source>
        <translation>為段落指定該鍵對應的講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="64"/>
        <source>edit the translation</source>
        <translation>編輯譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="65"/>
        <source>back to the list, keeping the edit</source>
        <translation>回到列表，保留修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="66"/>
        <source>approve, and go to the next segment</source>
        <translation>批核，並轉到下一個段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="67"/>
        <source>play or pause</source>
        <translation>播放或暫停</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="68"/>
        <source>replay the segment from its start</source>
        <translation>從頭重播段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="69"/>
        <source>jump back / forward 2 seconds</source>
        <translation>後退/前進 2 秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="70"/>
        <source>undo (even after a restart)</source>
        <translation>還原（重啓後仍可還原）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="71"/>
        <source>find any command by name</source>
        <translation>按名稱搜尋任何命令</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="91"/>
        <location filename="../reviewer/ui/welcome.py" line="97"/>
        <source>Welcome to Reviewer</source>
        <translation>歡迎使用 Reviewer</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="117"/>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="119"/>
        <source>Recorded with every change you make: the desk sees who did what.</source>
        <translation>每次修改都會記下你的名字：編輯部能看到誰改了什麼。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="135"/>
        <source>&amp;All keyboard shortcuts…</source>
        <translation>全部鍵盤快捷鍵(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="136"/>
        <source>&amp;Open a transcript or video…</source>
        <translation>開啓文字稿或影片(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="138"/>
        <source>Open the &amp;demo clip</source>
        <translation>開啓示範片段(&amp;D)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="139"/>
        <source>&amp;Start reviewing</source>
        <translation>開始審校(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="157"/>
        <source>The keys that matter:</source>
        <translation>最常用的按鍵：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/app.py" line="78"/>
        <location filename="../reviewer/ui/welcome.py" line="185"/>
        <source>The demo clip could not be opened: {error}</source>
        <translation>無法開啓示範片段：{error}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/app.py" line="115"/>
        <source>The last project was not opened again: Reviewer stopped while opening it the last time.
{file}
Open it with File &gt; Open; if it fails again, run `reviewer rescue {file}` to copy its data into a new project.</source>
        <translation>上次的項目沒有再次開啓：Reviewer 上次在開啓它時中斷了。
{file}
請用「檔案 &gt; 開啓」開啓它；如果再次失敗，請執行 `reviewer rescue {file}`，把其中的資料複製到新項目。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="199"/>
        <source>“{title}” ({file}, 1 segment)</source>
        <translation>「{title}」（{file}，1 個段落）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="199"/>
        <source>“{title}” ({file}, {count} segments)</source>
        <translation>「{title}」（{file}，{count} 個段落）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="201"/>
        <source>{file} (1 segment)</source>
        <translation>{file}（1 個段落）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="201"/>
        <source>{file} ({count} segments)</source>
        <translation>{file}（{count} 個段落）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="16"/>
        <source>overlap</source>
        <translation>時間重疊</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="17"/>
        <source>past-end</source>
        <translation>超出片尾</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="18"/>
        <source>gap</source>
        <translation>間隔</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="19"/>
        <source>duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="20"/>
        <source>lines</source>
        <translation>行數</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="21"/>
        <source>line-length</source>
        <translation>行長度</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="22"/>
        <source>reading-speed</source>
        <translation>閲讀速度</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="23"/>
        <source>untranslated</source>
        <translation>未翻譯</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="24"/>
        <source>glossary</source>
        <translation>詞彙</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="25"/>
        <source>names</source>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="26"/>
        <source>untranscribed</source>
        <translation>未文字稿</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="27"/>
        <source>no-speech</source>
        <translation>無語音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="28"/>
        <source>empty text, or no translation</source>
        <translation>文字為空，或沒有譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="29"/>
        <source>starts before the previous segment ends</source>
        <translation>在上一個段落結束前就開始</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="30"/>
        <source>starts or runs on after the clip ends (its measured length)</source>
        <translation>在影片結束（按測得的長度）之後開始或仍未結束</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="31"/>
        <source>a gap under two frames before the next segment</source>
        <translation>與下一個段落的間隔不足兩幀</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="32"/>
        <source>on screen too short or too long</source>
        <translation>顯示時間過短或過長</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="33"/>
        <source>more lines than the profile allows</source>
        <translation>行數超過規則允許</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="34"/>
        <source>a line longer than the profile allows</source>
        <translation>某行長度超過規則允許</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="35"/>
        <source>more characters a second than the profile allows</source>
        <translation>每秒字元數超過規則允許</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="36"/>
        <source>Han, kana, Hangul or Cyrillic letters left in the translation</source>
        <translation>譯文中殘留漢字、假名、韓文或西里爾字母</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="37"/>
        <source>a glossary term rendered wrongly, misspelled or missing</source>
        <translation>詞彙譯錯、拼錯或漏譯</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="38"/>
        <source>one name spelt two ways in the transcript</source>
        <translation>同一人名在稿中有兩種拼法</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="39"/>
        <source>speech of more than a second with no segment (the audio lane&apos;s speech map)</source>
        <translation>超過一秒的語音沒有對應段落（依據音軌的語音圖）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="40"/>
        <source>a segment with no speech under it (the audio lane&apos;s speech map)</source>
        <translation>段落下面沒有語音（依據音軌的語音圖）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="41"/>
        <source>no text at all</source>
        <translation>完全沒有文字</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="43"/>
        <source>no source text</source>
        <translation>沒有原文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="44"/>
        <source>overlaps #{other} by {ms} ms</source>
        <translation>與 #{other} 重疊 {ms} 毫秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="47"/>
        <source>on screen {seconds:.2f} s (min {limit:.2f} s)</source>
        <translation>顯示 {seconds:.2f} 秒（最短 {limit:.2f} 秒）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="48"/>
        <source>on screen {seconds:.2f} s (max {limit:.2f} s)</source>
        <translation>顯示 {seconds:.2f} 秒（最長 {limit:.2f} 秒）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="49"/>
        <source>gap of {ms} ms to #{other} (under {frames} frames)</source>
        <translation>與 #{other} 間隔 {ms} 毫秒（不足 {frames} 幀）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="50"/>
        <source>{side}: {count} lines (max {limit})</source>
        <translation>{side}：{count} 行（最多 {limit} 行）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="51"/>
        <source>{side}: {count} characters (max {limit})</source>
        <translation>{side}：{count} 個字元（最多 {limit} 個）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="52"/>
        <source>{side}: {count} characters, more than {lines} lines of {limit} hold</source>
        <translation>{side}：{count} 個字元，{lines} 行（每行 {limit} 個）放不下</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="53"/>
        <source>{side} line {line}: {count} characters (max {limit})</source>
        <translation>{side}第 {line} 行：{count} 個字元（最多 {limit} 個）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="54"/>
        <source>{side}: {cps:.1f} characters a second (max {limit:g})</source>
        <translation>{side}：每秒 {cps:.1f} 個字元（最多 {limit:g} 個）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="55"/>
        <source>“{text}” left untranslated: “{rendering}”</source>
        <translation>「{text}」未翻譯：應為「{rendering}」</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="56"/>
        <source>“{text}” left untranslated</source>
        <translation>「{text}」未翻譯</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="57"/>
        <source>“{text}” should be “{rendering}” (glossary: {term})</source>
        <translation>「{text}」應為「{rendering}」（詞彙表：{term}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="58"/>
        <source>“{text}” looks like a misspelling of “{rendering}” (named in the source{others})</source>
        <translation>「{text}」疑為「{rendering}」的誤拼（原文中提到{others}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="59"/>
        <source>“{text}” looks like a misspelling of “{rendering}” (named in the title or description{others})</source>
        <translation>「{text}」疑為「{rendering}」的誤拼（標題或簡介中提到{others}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="60"/>
        <source>“{text}” looks like a misspelling of “{rendering}” (glossary: {term}{others})</source>
        <translation>「{text}」疑為「{rendering}」的誤拼（詞彙表：{term}{others}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="61"/>
        <source>; or {forms}</source>
        <translation>；或 {forms}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="62"/>
        <source>the source has {term} but the translation lacks “{rendering}”</source>
        <translation>原文有「{term}」，但譯文中沒有「{rendering}」</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="63"/>
        <source>“{text}” (once) is spelt “{majority}” {count} times elsewhere</source>
        <translation>「{text}」（1 次）在其他地方 {count} 次寫作「{majority}」</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="64"/>
        <source>“{text}” ({own} times) is spelt “{majority}” {count} times elsewhere</source>
        <translation>「{text}」（{own} 次）在其他地方 {count} 次寫作「{majority}」</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="65"/>
        <source>“{text}” (once) is spelt “{majority}” once elsewhere</source>
        <translation>「{text}」（1 次）在其他地方有 1 次寫作「{majority}」</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="66"/>
        <source>“{text}” ({own} times) is spelt “{majority}” once elsewhere</source>
        <translation>「{text}」（{own} 次）在其他地方有 1 次寫作「{majority}」</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="67"/>
        <source>no speech here (the sound has none under it)</source>
        <translation>此處沒有語音（段落下面聽不到説話）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="68"/>
        <source>speech with no segment: {start} to {end} ({seconds:.1f} s)</source>
        <translation>有語音而無段落：{start} 至 {end}（{seconds:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="71"/>
        <source>no such media file</source>
        <translation>媒體檔案不存在</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="72"/>
        <source>no transcript beside this video (looked for {name}.srt, {name}.*.vtt, ...); open the transcript instead</source>
        <translation>影片旁邊沒有文字稿（找過 {name}.srt、{name}.*.vtt 等）；請改為開啓文字稿</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="73"/>
        <source>the media cannot be read</source>
        <translation>無法讀取該媒體</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="74"/>
        <source>the media has no sound</source>
        <translation>該媒體沒有聲音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="75"/>
        <source>this is {kind}, not a {what} file; nothing was read</source>
        <translation>這是{kind}，不是{what}檔案；未讀取任何內容</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="76"/>
        <source>the file is {size}, more than the {limit} a {what} may be; nothing was read</source>
        <translation>檔案大小為 {size}，超過{what}的上限 {limit}；未讀取任何內容</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="77"/>
        <source>this is {kind}; only a regular file is ever replaced</source>
        <translation>這是{kind}；只有一般檔案才會被取代</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="78"/>
        <source>the file exists already</source>
        <translation>檔案已存在</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="79"/>
        <source>this is {what} itself; choose another name</source>
        <translation>這就是{what}本身；請另選一個名稱</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="80"/>
        <source>cannot read the file ({reason})</source>
        <translation>無法讀取檔案（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="81"/>
        <source>this is {kind}, not a {what} file</source>
        <translation>這是{kind}，不是{what}檔案</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="82"/>
        <source>cannot write the file ({reason})</source>
        <translation>無法寫入檔案（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="83"/>
        <source>the file exists already (another program made it just now)</source>
        <translation>檔案已存在（剛被另一個程式建立）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="84"/>
        <source>the file grew past the {limit} a {what} may be</source>
        <translation>檔案變大，超過了{what}的上限 {limit}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="85"/>
        <source>the folder to write into does not exist</source>
        <translation>要寫入的資料夾不存在</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="86"/>
        <source>no dialogue events found (not an ASS/SSA file?)</source>
        <translation>找不到對白事件（不是 ASS/SSA 檔案？）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="87"/>
        <source>not a Bilibili subtitle file (no &quot;body&quot; list)</source>
        <translation>不是 Bilibili 字幕檔案（沒有 「body」 清單）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="88"/>
        <source>the Bilibili subtitle file has no subtitles</source>
        <translation>該 Bilibili 字幕檔案裏沒有字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="89"/>
        <source>not a readable {format} file ({reason})</source>
        <translation>不是可讀取的 {format} 檔案（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="90"/>
        <source>not a TTML file (no &lt;tt&gt; element)</source>
        <translation>不是 TTML 檔案（沒有 &lt;tt&gt; 元素）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="91"/>
        <source>the TTML file has no captions</source>
        <translation>該 TTML 檔案裏沒有字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="92"/>
        <source>not an SCC file (no &quot;Scenarist_SCC V1.0&quot; line)</source>
        <translation>不是 SCC 檔案（沒有 「Scenarist_SCC V1.0」 這一行）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="93"/>
        <source>the SCC file has no captions</source>
        <translation>該 SCC 檔案裏沒有字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="94"/>
        <source>the table is empty</source>
        <translation>表格是空的</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="95"/>
        <source>the header needs a start column and a text, source or translation column</source>
        <translation>標題列需要一個開始時間欄，以及一個文字、原文或譯文欄</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="96"/>
        <source>no rows with times and text</source>
        <translation>沒有同時帶時間和文字的列</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="97"/>
        <source>not a readable CSV table ({reason})</source>
        <translation>不是可讀取的 CSV 表格（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="99"/>
        <source>not a text file (it holds binary data)</source>
        <translation>不是文字檔案（內含二進位資料）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="100"/>
        <source>cannot tell which text encoding the file is in</source>
        <translation>無法判斷檔案的文字編碼</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="101"/>
        <source>the text is not valid {codec} (choose its encoding with --encoding)</source>
        <translation>文字不是有效的 {codec}（請選擇它的編碼）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="102"/>
        <source>unknown text encoding {name}</source>
        <translation>不明的文字編碼 {name}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="103"/>
        <source>the text is not valid {codec}</source>
        <translation>文字不是有效的 {codec}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="104"/>
        <source>not valid JSON ({reason})</source>
        <translation>不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="105"/>
        <source>no &quot;segments&quot; list</source>
        <translation>沒有 「segments」 清單</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="106"/>
        <source>no readable segments</source>
        <translation>沒有可讀取的段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="107"/>
        <source>no &quot;Transcript&quot; line followed by timecoded lines</source>
        <translation>沒有後接時間碼各行的 「Transcript」 這一行</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="108"/>
        <source>the transcript has no text</source>
        <translation>文字稿沒有文字</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="109"/>
        <source>no text found</source>
        <translation>找不到文字</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="110"/>
        <source>{format} can be exported, not imported</source>
        <translation>{format} 只能匯出，不能匯入</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="111"/>
        <source>{format} can be imported, not exported</source>
        <translation>{format} 只能匯入，不能匯出</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="112"/>
        <source>could not read this {format} file ({reason})</source>
        <translation>無法讀取這個 {format} 檔案（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="113"/>
        <source>no captions found (not an SBV file?)</source>
        <translation>找不到字幕（不是 SBV 檔案？）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="114"/>
        <source>not a readable Word document</source>
        <translation>不是可讀取的 Word 文件</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="115"/>
        <source>no speaker headers with timestamps found</source>
        <translation>找不到附時間戳記的講者標題</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="116"/>
        <source>no subtitle cues found (not an SRT file?)</source>
        <translation>找不到字幕（不是 SRT 檔案？）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="117"/>
        <source>no cues found (not a WebVTT file?)</source>
        <translation>找不到字幕（不是 WebVTT 檔案？）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="118"/>
        <source>not a Whisper transcript (no &quot;segments&quot; list)</source>
        <translation>不是 Whisper 文字稿（沒有 「segments」 清單）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="119"/>
        <source>the Whisper transcript has no segments with text</source>
        <translation>該 Whisper 文字稿沒有含文字的段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="120"/>
        <source>a checkpoint needs a name</source>
        <translation>存檔點需要一個名稱</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="121"/>
        <source>that revision&apos;s times are not a segment any more</source>
        <translation>該修訂版本的時間已不再對應任何段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="122"/>
        <source>a glossary term needs a source form</source>
        <translation>詞彙需要原文寫法</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="123"/>
        <source>a glossary term needs a translation</source>
        <translation>詞彙需要譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="124"/>
        <source>the lock is held by a Reviewer running on this machine: close it there</source>
        <translation>鎖由本機上執行中的 Reviewer 持有：請在那裏關閉</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="125"/>
        <source>the split point must fall inside the segment</source>
        <translation>拆分點必須在段落之內</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="126"/>
        <source>there is no next segment to merge with</source>
        <translation>沒有下一個段落可以合併</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="127"/>
        <source>a speaker needs a name</source>
        <translation>講者需要一個名字</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="128"/>
        <source>speaker keys are 1 to 9</source>
        <translation>講者按鍵為 1 到 9</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="129"/>
        <source>the project is read-only: {reason}</source>
        <translation>項目為唯讀：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="130"/>
        <source>could not save: the project file was removed</source>
        <translation>無法儲存：項目檔案已被刪除</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="131"/>
        <source>could not save: the project file was replaced by another file</source>
        <translation>無法儲存：項目檔案已被另一個檔案取代</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="132"/>
        <source>could not save: {reason}</source>
        <translation>無法儲存：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="133"/>
        <source>could not save a copy: {reason}</source>
        <translation>無法儲存副本：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="134"/>
        <source>could not save: the project file was removed ({reason})</source>
        <translation>無法儲存：項目檔案已被刪除（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="135"/>
        <source>no such project file</source>
        <translation>項目檔案不存在</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="136"/>
        <source>cannot replace it: it is open in another Reviewer ({owner}); close it there first</source>
        <translation>無法取代：它已在另一個 Reviewer 中開啓（{owner}）；請先在那裏關閉</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="137"/>
        <source>the file is empty: not a Reviewer project</source>
        <translation>檔案是空的：不是 Reviewer 項目</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="138"/>
        <source>not a Reviewer project (not an SQLite file)</source>
        <translation>不是 Reviewer 項目（不是 SQLite 檔案）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="139"/>
        <source>not a Reviewer project (a SQLite file of another program)</source>
        <translation>不是 Reviewer 項目（是其他程式的 SQLite 檔案）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="140"/>
        <source>cannot create the project: {reason}</source>
        <translation>無法建立項目：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="141"/>
        <source>made by a newer Reviewer (schema {found}, this one reads up to {newest}); update Reviewer</source>
        <translation>由較新版本的 Reviewer 建立（結構版本 {found}，本版最高只能讀取 {newest}）；請更新 Reviewer</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="142"/>
        <source>not a Reviewer project or damaged: {reason}</source>
        <translation>不是 Reviewer 項目，或已損毀：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="143"/>
        <source>cannot read the file: {reason}</source>
        <translation>無法讀取檔案：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="144"/>
        <source>an older project that needs upgrading, and it is read-only: {reason}</source>
        <translation>這是需要升級的舊項目，但它是唯讀的：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="145"/>
        <source>no free name for the rescued project beside it</source>
        <translation>旁邊沒有可用的名稱來存放搶救出的項目</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="146"/>
        <source>exists already: the rescue writes a new file, never over one</source>
        <translation>已存在：搶救只寫入新檔案，絕不覆寫現有檔案</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="147"/>
        <source>nothing could be read from it: not a Reviewer project</source>
        <translation>什麼都讀不出來：不是 Reviewer 項目</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="148"/>
        <source>the glossary is empty (no header line)</source>
        <translation>詞彙表是空的（沒有標題列）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="149"/>
        <source>the glossary is not UTF-8 text</source>
        <translation>詞彙表不是 UTF-8 文字</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="150"/>
        <source>a term without a source form</source>
        <translation>有詞彙缺少原文寫法</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="151"/>
        <source>there is a checkpoint called {name} already</source>
        <translation>已有名為「{name}」的存檔點</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="152"/>
        <source>could not save: changes are still waiting to be written; a checkpoint can be named once they are</source>
        <translation>無法儲存：還有修改等待寫入；寫入後才能命名存檔點</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="153"/>
        <source>revision {revision} is not one of segment {segment}</source>
        <translation>修訂版本 {revision} 不屬於段落 {segment}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="154"/>
        <source>could not save the checkpoint: {reason}</source>
        <translation>無法儲存存檔點：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="155"/>
        <source>could not save a backup before restoring: {reason}</source>
        <translation>還原前無法儲存備份：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="156"/>
        <source>a segment must start before it ends ({start} ms, {end} ms)</source>
        <translation>段落的開始時間必須早於結束時間（{start} 毫秒，{end} 毫秒）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="157"/>
        <source>there is a speaker called {name} already</source>
        <translation>已有名為 {name} 的講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="158"/>
        <source>there is a speaker called {name} already: merge them instead</source>
        <translation>已有名為 {name} 的講者：請改為合併兩者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="159"/>
        <source>there is no speaker called {name}</source>
        <translation>沒有名為 {name} 的講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="160"/>
        <source>key {slot} belongs to another speaker</source>
        <translation>按鍵 {slot} 已屬於另一位講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="161"/>
        <source>no segment {segment}</source>
        <translation>沒有段落 {segment}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="162"/>
        <source>the header must be {expected} (found {found})</source>
        <translation>標題列必須是 {expected}（實際為 {found}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="163"/>
        <source>not a CSV file: {reason}</source>
        <translation>不是 CSV 檔案：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="164"/>
        <source>not valid CSV: {reason}</source>
        <translation>不是有效的 CSV：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="165"/>
        <source>{cells} cells, the header has {columns} (a comma not in quotes?)</source>
        <translation>有 {cells} 個儲存格，但標題列只有 {columns} 欄（是否有逗號沒加引號？）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="166"/>
        <source>no translation for {term}</source>
        <translation>{term} 沒有譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="167"/>
        <source>not a reviewer transcript (no &quot;format&quot;: &quot;{name}&quot;)</source>
        <translation>不是 Reviewer 文字稿（沒有 &quot;format&quot;: &quot;{name}&quot;）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="168"/>
        <source>transcript version {found} is not one this version of Reviewer reads (it reads {newest})</source>
        <translation>本版 Reviewer 讀不了版本為 {found} 的文字稿（最高能讀 {newest}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="169"/>
        <source>cannot tell the format from the name {name}; name it with -f/--format ({known})</source>
        <translation>無法從檔名 {name} 判斷格式；請改用常見的副檔名（可用格式：{known}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="170"/>
        <source>unknown format {name}; one of {known}</source>
        <translation>不明的格式 {name}；可用格式：{known}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="171"/>
        <source>every cue has a time past the {hours}-hour limit or before 0:00 ({first})</source>
        <translation>每條字幕的時間都超過了 {hours} 小時上限或早於 0:00（{first}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="172"/>
        <source>damaged: a value Reviewer cannot read ({kind}: {value}); nothing was changed</source>
        <translation>已損毀：有 Reviewer 讀不了的值（{kind}：{value}）；未做任何變更</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="173"/>
        <source>could not upgrade from schema {version}: {reason}; the file is unchanged and a copy is at {backup}</source>
        <translation>無法從結構版本 {version} 升級：{reason}；檔案未變動，副本在 {backup}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="174"/>
        <source>its schema is not the one Reviewer makes: {differences}</source>
        <translation>它的結構不是 Reviewer 建立的那種：{differences}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="175"/>
        <source>the file is damaged (SQLite&apos;s check: {check}); nothing was changed: a copy from before the damage is the safest way back</source>
        <translation>檔案已損毀（SQLite 檢查結果：{check}）；未做任何變更：用損毀前的副本還原最穩妥</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="176"/>
        <source>its schema is that of version {version} but the file says {says}: not as Reviewer left it</source>
        <translation>它的結構屬於版本 {version}，但檔案標示為 {says}：已不是 Reviewer 留下時的樣子</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="177"/>
        <source>checking the file took over {seconds} s: damaged or not a project</source>
        <translation>檢查檔案用了超過 {seconds} 秒：已損毀，或不是項目檔案</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="178"/>
        <source>a folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="179"/>
        <source>a named pipe (FIFO)</source>
        <translation>具名管道（FIFO）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="180"/>
        <source>a device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="181"/>
        <source>a socket</source>
        <translation>通訊端</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="182"/>
        <source>not a regular file</source>
        <translation>非一般檔案</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="183"/>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="184"/>
        <source>transcript</source>
        <translation>文字稿</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="186"/>
        <source>the file is read-only</source>
        <translation>檔案為唯讀</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="187"/>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="188"/>
        <source>another program has the file locked</source>
        <translation>檔案被另一個程式鎖定</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="189"/>
        <source>opened read-only as asked</source>
        <translation>按要求以唯讀方式開啓</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="190"/>
        <source>the file or its folder cannot be written (permissions)</source>
        <translation>檔案或其所在資料夾無法寫入（權限不足）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="191"/>
        <source>Undo {label}</source>
        <translation>還原：{label}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="192"/>
        <source>Redo {label}</source>
        <translation>重做：{label}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="195"/>
        <source>Edit note</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="196"/>
        <source>Edit note and source</source>
        <translation>編輯備註和原文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="197"/>
        <source>Edit note and translation</source>
        <translation>編輯備註和譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="198"/>
        <source>Edit source and translation</source>
        <translation>編輯原文和譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="199"/>
        <source>Edit note and source and translation</source>
        <translation>編輯備註、原文和譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="201"/>
        <source>Set tags</source>
        <translation>設定標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="202"/>
        <source>Retime</source>
        <translation>調整時間</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="203"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="204"/>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="205"/>
        <source>Insert segment</source>
        <translation>插入段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="207"/>
        <source>Delete {count}</source>
        <translation>刪除 {count} 個段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="208"/>
        <source>Mark unreviewed</source>
        <translation>標為未審閲</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="209"/>
        <source>Mark edited</source>
        <translation>標為已修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="210"/>
        <source>Mark approved</source>
        <translation>標為已批核</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="211"/>
        <source>Mark flagged</source>
        <translation>標為已標記</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="212"/>
        <source>Speaker {name}</source>
        <translation>講者設為 {name}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="213"/>
        <source>Add speaker {name}</source>
        <translation>新增講者 {name}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="214"/>
        <source>Rename {name}</source>
        <translation>重新命名 {name}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="215"/>
        <source>Recolour {name}</source>
        <translation>更改 {name} 的顏色</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="216"/>
        <source>Role of {name}</source>
        <translation>{name} 的身份</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="217"/>
        <source>Key of {name}</source>
        <translation>{name} 的按鍵</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="218"/>
        <source>Merge {name} into {into}</source>
        <translation>把 {name} 合併到 {into}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="219"/>
        <source>Remove speaker {name}</source>
        <translation>刪除講者 {name}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="220"/>
        <source>Remove tag {tag}</source>
        <translation>刪除標籤 {tag}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="221"/>
        <source>Tag {tag}</source>
        <translation>加標籤 {tag}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="222"/>
        <source>Set {key}</source>
        <translation>設定 {key}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="223"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="224"/>
        <source>Import {file}</source>
        <translation>匯入 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="225"/>
        <source>Add {file}</source>
        <translation>加入 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="226"/>
        <source>Restore checkpoint {name}</source>
        <translation>回復到存檔點「{name}」</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="227"/>
        <source>Revert #{segment} to revision {revision}</source>
        <translation>將 #{segment} 回復到修訂版本 {revision}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="228"/>
        <source>Convert script {name} ({conversion}; OpenCC {version})</source>
        <translation>轉換字形 {name}（{conversion}；OpenCC {version}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="229"/>
        <source>Fix {count} segments from the glossary</source>
        <translation>按詞彙表修正 {count} 個段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="230"/>
        <source>Fix #{segment} from the glossary</source>
        <translation>按詞彙表修正 #{segment}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="231"/>
        <source>Replace “{text}” with “{replacement}”</source>
        <translation>將「{text}」替換為「{replacement}」</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="232"/>
        <source>Glossary: add {term}</source>
        <translation>詞彙表：新增 {term}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="233"/>
        <source>Glossary: edit {term}</source>
        <translation>詞彙表：編輯 {term}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="234"/>
        <source>Glossary: delete {count} terms</source>
        <translation>詞彙表：刪除 {count} 個詞條</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="235"/>
        <source>Glossary: delete {term}</source>
        <translation>詞彙表：刪除 {term}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="236"/>
        <source>Glossary: import {file}</source>
        <translation>詞彙表：匯入 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="237"/>
        <source>subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="238"/>
        <source>Simplified to Traditional</source>
        <translation>簡體轉繁體</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="239"/>
        <source>Traditional to Simplified</source>
        <translation>繁體轉簡體</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="240"/>
        <source>Simplified to Traditional (Taiwan)</source>
        <translation>簡體轉繁體（台灣字形）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="241"/>
        <source>Traditional (Taiwan) to Simplified</source>
        <translation>繁體（台灣）轉簡體</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="242"/>
        <source>Simplified to Traditional (Taiwan, with phrases)</source>
        <translation>簡體轉繁體（台灣，含用語轉換）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="243"/>
        <source>Traditional (Taiwan) to Simplified (with phrases)</source>
        <translation>繁體（台灣）轉簡體（含用語轉換）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="244"/>
        <source>Simplified to Traditional (Hong Kong)</source>
        <translation>簡體轉繁體（香港字形）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="245"/>
        <source>Traditional (Hong Kong) to Simplified</source>
        <translation>繁體（香港）轉簡體</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="246"/>
        <source>Traditional to Taiwan standard</source>
        <translation>繁體轉台灣標準字形</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="247"/>
        <source>Traditional to Hong Kong standard</source>
        <translation>繁體轉香港標準字形</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="248"/>
        <source>SubRip subtitles</source>
        <translation>SubRip 字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="249"/>
        <source>WebVTT with voice spans</source>
        <translation>WebVTT（含講者標記）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="250"/>
        <source>Advanced SubStation with speaker names</source>
        <translation>Advanced SubStation（含講者名字）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="251"/>
        <source>Plain text transcript</source>
        <translation>純文字稿</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="252"/>
        <source>Word table</source>
        <translation>Word 表格</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="253"/>
        <source>Reviewer JSON, all data</source>
        <translation>Reviewer JSON（全部資料）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="254"/>
        <source>Spreadsheet</source>
        <translation>電子表格</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="255"/>
        <source>YouTube captions</source>
        <translation>YouTube 字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="256"/>
        <source>TTML / DFXP captions</source>
        <translation>TTML / DFXP 字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="257"/>
        <source>Broadcast captions, CEA-608</source>
        <translation>廣播字幕 CEA-608</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="258"/>
        <source>Open…</source>
        <translation>開啓…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="259"/>
        <location filename="../reviewer/ui/commands/file.py" line="21"/>
        <source>Open a project, transcript or video</source>
        <translation>開啓項目、文字稿或影片</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="260"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="261"/>
        <source>Add the other language…</source>
        <translation>添加另一種語言…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="262"/>
        <source>Pair a transcript in the other language with this one by time</source>
        <translation>按時間把另一種語言的文字稿與本稿配對</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="264"/>
        <source>Point the project at its video</source>
        <translation>為項目指定影片</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="265"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="266"/>
        <source>Write SRT, WebVTT, ASS, text, Word, JSON or CSV</source>
        <translation>匯出為 SRT、WebVTT、ASS、純文字、Word、JSON 或 CSV</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="267"/>
        <source>Save (everything is saved already)</source>
        <translation>儲存（所有內容均已儲存）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="268"/>
        <source>There is nothing to save: every change is in the project file at once</source>
        <translation>無需儲存：每次修改都會立即寫入項目檔案</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="269"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="270"/>
        <location filename="../reviewer/ui/commands/edit.py" line="34"/>
        <source>Undo</source>
        <translation>還原</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="271"/>
        <source>Undo the last change (survives restarts)</source>
        <translation>還原上一次修改（重啓後仍有效）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="272"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="273"/>
        <location filename="../reviewer/ui/commands/edit.py" line="40"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="274"/>
        <source>Find…</source>
        <translation>搜尋…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="275"/>
        <source>Show only segments holding a text</source>
        <translation>只顯示包含某段文字的段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="194"/>
        <source>Edit translation</source>
        <translation>編輯譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="276"/>
        <source>Type in the translation of the current segment</source>
        <translation>在當前段落的譯文中輸入</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="193"/>
        <source>Edit source</source>
        <translation>編輯原文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="277"/>
        <source>Back to the list</source>
        <translation>回到列表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="278"/>
        <source>Leave the editor, keeping the edit</source>
        <translation>離開編輯區，保留修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="279"/>
        <source>Note…</source>
        <translation>備註…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="280"/>
        <source>Write a note on the segment</source>
        <translation>為段落寫備註</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="281"/>
        <source>Split at playhead</source>
        <translation>在播放位置處拆分</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="282"/>
        <source>Split the segment at the playhead (text at the cursor)</source>
        <translation>在播放位置處拆分段落（文字從光標處拆開）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="283"/>
        <source>Merge with next</source>
        <translation>與下一段合併</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="284"/>
        <source>New segment at playhead</source>
        <translation>在播放位置處新建段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="285"/>
        <source>Delete segments</source>
        <translation>刪除段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="286"/>
        <source>Set start at playhead</source>
        <translation>把開始時間設為播放位置</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="287"/>
        <source>Set end at playhead</source>
        <translation>把結束時間設為播放位置</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="288"/>
        <source>Start 100 ms earlier</source>
        <translation>開始時間提前 100 毫秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="289"/>
        <source>Start 100 ms later</source>
        <translation>開始時間推後 100 毫秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="290"/>
        <source>End 100 ms earlier</source>
        <translation>結束時間提前 100 毫秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="291"/>
        <source>End 100 ms later</source>
        <translation>結束時間推後 100 毫秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="292"/>
        <source>Approve and next</source>
        <translation>批核並轉到下一個</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="293"/>
        <source>Approve the current segment and go to the next</source>
        <translation>批核當前段落並轉到下一個</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="294"/>
        <source>Review</source>
        <translation>審閲</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="295"/>
        <source>Flag / unflag</source>
        <translation>標記/取消標記</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="296"/>
        <source>Mark for a second look</source>
        <translation>標記出來，稍後再看</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="297"/>
        <source>Next unreviewed</source>
        <translation>下一個未審閲</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="200"/>
        <source>Clear speaker</source>
        <translation>清除講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="45"/>
        <source>starts at or after the clip&apos;s end ({end}); exports leave it out</source>
        <translation>在影片結束（{end}）時或之後才開始；匯出時會略去</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="46"/>
        <source>runs {seconds:.1f} s past the clip&apos;s end ({end}); exports cut it there</source>
        <translation>越過影片結尾（{end}）{seconds:.1f} 秒；匯出時在結尾截斷</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="298"/>
        <source>Clear speaker (while typing)</source>
        <translation>清除講者（輸入時）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="299"/>
        <source>New speaker…</source>
        <translation>新建講者…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="300"/>
        <source>Type a name: a new speaker on the next free key, given to the selection</source>
        <translation>輸入名字：新建講者，分配下一個空閒按鍵，並指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="301"/>
        <source>Speaker 1</source>
        <translation>講者 1</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="302"/>
        <source>Give the selected segments the speaker on key 1</source>
        <translation>把按鍵 1 對應的講者指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="303"/>
        <source>Speaker 1 (while typing)</source>
        <translation>講者 1（輸入時）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="304"/>
        <source>Speaker 2</source>
        <translation>講者 2</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="305"/>
        <source>Give the selected segments the speaker on key 2</source>
        <translation>把按鍵 2 對應的講者指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="306"/>
        <source>Speaker 2 (while typing)</source>
        <translation>講者 2（輸入時）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="307"/>
        <source>Speaker 3</source>
        <translation>講者 3</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="308"/>
        <source>Give the selected segments the speaker on key 3</source>
        <translation>把按鍵 3 對應的講者指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="309"/>
        <source>Speaker 3 (while typing)</source>
        <translation>講者 3（輸入時）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="310"/>
        <source>Speaker 4</source>
        <translation>講者 4</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="311"/>
        <source>Give the selected segments the speaker on key 4</source>
        <translation>把按鍵 4 對應的講者指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="312"/>
        <source>Speaker 4 (while typing)</source>
        <translation>講者 4（輸入時）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="313"/>
        <source>Speaker 5</source>
        <translation>講者 5</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="314"/>
        <source>Give the selected segments the speaker on key 5</source>
        <translation>把按鍵 5 對應的講者指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="315"/>
        <source>Speaker 5 (while typing)</source>
        <translation>講者 5（輸入時）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="316"/>
        <source>Speaker 6</source>
        <translation>講者 6</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="317"/>
        <source>Give the selected segments the speaker on key 6</source>
        <translation>把按鍵 6 對應的講者指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="318"/>
        <source>Speaker 6 (while typing)</source>
        <translation>講者 6（輸入時）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="319"/>
        <source>Speaker 7</source>
        <translation>講者 7</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="320"/>
        <source>Give the selected segments the speaker on key 7</source>
        <translation>把按鍵 7 對應的講者指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="321"/>
        <source>Speaker 7 (while typing)</source>
        <translation>講者 7（輸入時）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="322"/>
        <source>Speaker 8</source>
        <translation>講者 8</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="323"/>
        <source>Give the selected segments the speaker on key 8</source>
        <translation>把按鍵 8 對應的講者指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="324"/>
        <source>Speaker 8 (while typing)</source>
        <translation>講者 8（輸入時）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="325"/>
        <source>Speaker 9</source>
        <translation>講者 9</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="326"/>
        <source>Give the selected segments the speaker on key 9</source>
        <translation>把按鍵 9 對應的講者指定給所選段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="327"/>
        <source>Speaker 9 (while typing)</source>
        <translation>講者 9（輸入時）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="328"/>
        <source>Toggle tag 1</source>
        <translation>切換標籤 1</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="329"/>
        <source>Add or remove the tag on key Ctrl+1</source>
        <translation>添加或移除 Ctrl+1 對應的標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="330"/>
        <source>Toggle tag 2</source>
        <translation>切換標籤 2</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="331"/>
        <source>Add or remove the tag on key Ctrl+2</source>
        <translation>添加或移除 Ctrl+2 對應的標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="332"/>
        <source>Toggle tag 3</source>
        <translation>切換標籤 3</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="333"/>
        <source>Add or remove the tag on key Ctrl+3</source>
        <translation>添加或移除 Ctrl+3 對應的標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="334"/>
        <source>Toggle tag 4</source>
        <translation>切換標籤 4</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="335"/>
        <source>Add or remove the tag on key Ctrl+4</source>
        <translation>添加或移除 Ctrl+4 對應的標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="336"/>
        <source>Toggle tag 5</source>
        <translation>切換標籤 5</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="337"/>
        <source>Add or remove the tag on key Ctrl+5</source>
        <translation>添加或移除 Ctrl+5 對應的標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="338"/>
        <source>Toggle tag 6</source>
        <translation>切換標籤 6</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="339"/>
        <source>Add or remove the tag on key Ctrl+6</source>
        <translation>添加或移除 Ctrl+6 對應的標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="340"/>
        <source>Toggle tag 7</source>
        <translation>切換標籤 7</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="341"/>
        <source>Add or remove the tag on key Ctrl+7</source>
        <translation>添加或移除 Ctrl+7 對應的標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="342"/>
        <source>Toggle tag 8</source>
        <translation>切換標籤 8</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="343"/>
        <source>Add or remove the tag on key Ctrl+8</source>
        <translation>添加或移除 Ctrl+8 對應的標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="344"/>
        <source>Toggle tag 9</source>
        <translation>切換標籤 9</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="345"/>
        <source>Add or remove the tag on key Ctrl+9</source>
        <translation>添加或移除 Ctrl+9 對應的標籤</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="346"/>
        <source>Play / pause</source>
        <translation>播放/暫停</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="347"/>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="348"/>
        <source>Play / pause (anywhere)</source>
        <translation>播放/暫停（任何位置）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="349"/>
        <source>Replay segment</source>
        <translation>重播段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="350"/>
        <source>Play the current segment from its start</source>
        <translation>從頭播放當前段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="351"/>
        <source>Loop segment</source>
        <translation>循環播放段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="352"/>
        <source>Back 2 s</source>
        <translation>後退 2 秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="353"/>
        <source>Forward 2 s</source>
        <translation>前進 2 秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="354"/>
        <source>Slower</source>
        <translation>減速</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="355"/>
        <source>Faster</source>
        <translation>加速</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="356"/>
        <source>Normal speed</source>
        <translation>正常速度</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="357"/>
        <source>Next frame</source>
        <translation>下一幀</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="358"/>
        <source>Previous frame</source>
        <translation>上一幀</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="359"/>
        <source>Follow playback</source>
        <translation>跟隨播放</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="360"/>
        <source>Keep the playing segment selected and in view</source>
        <translation>讓正在播放的段落保持選中並可見</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="361"/>
        <source>Pause while typing</source>
        <translation>輸入時暫停</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="362"/>
        <source>Command palette…</source>
        <translation>命令面板…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="363"/>
        <source>Every action by name, with its key</source>
        <translation>按名稱列出所有操作及其按鍵</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="364"/>
        <source>Help</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="367"/>
        <source>Next problem</source>
        <translation>下一個問題</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="368"/>
        <source>Go to the next problem of any kind</source>
        <translation>轉到下一個問題（任何類型）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="369"/>
        <source>Previous problem</source>
        <translation>上一個問題</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="370"/>
        <source>Fix from the glossary</source>
        <translation>按詞彙表修正</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="371"/>
        <source>Apply the glossary form (or the form the transcript uses most) to the current segment&apos;s translation</source>
        <translation>把詞彙表中的寫法（或稿中最常用的寫法）用到當前段落的譯文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="372"/>
        <source>Fix all from the glossary…</source>
        <translation>全部按詞彙表修正…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="374"/>
        <source>New glossary term from selection…</source>
        <translation>用所選文字新建詞彙…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="375"/>
        <source>Make a glossary term of the text selected in the editor; type its translation</source>
        <translation>把編輯區中選中的文字建為詞彙，再輸入其譯法</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="377"/>
        <source>Find and replace…</source>
        <translation>搜尋和替換…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="378"/>
        <source>Find (plain, whole word, regex, fuzzy) and replace, one or all</source>
        <translation>搜尋（普通、全字、正則、模糊）並替換，逐個或全部</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="379"/>
        <source>Convert Chinese script…</source>
        <translation>轉換中文字形…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="380"/>
        <source>Convert the source text with OpenCC (s2t, t2s, s2hk...) as one step</source>
        <translation>用 OpenCC 轉換原文（s2t、t2s、s2hk 等），作為一步完成</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="381"/>
        <source>Check preferences…</source>
        <translation>檢查規則…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="382"/>
        <source>Line length, reading speed and timing rules of the checks</source>
        <translation>檢查所用的行長度、閲讀速度和時間規則</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="384"/>
        <source>Write a copy of the project (and any unsaved changes) to another file</source>
        <translation>把項目（連同未儲存的修改）寫入另一個檔案</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="385"/>
        <source>Segment history</source>
        <translation>段落修訂歷史</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="386"/>
        <source>Every revision of the current segment, with what changed; revert to any</source>
        <translation>當前段落的每次修訂及改動內容；可恢復到任何一次</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="387"/>
        <source>View</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="388"/>
        <source>Project timeline…</source>
        <translation>項目時間線…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="389"/>
        <source>Every revision of the project, filtered by author and time</source>
        <translation>項目的所有修訂，可按修改人和時間篩選</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="390"/>
        <source>Name a checkpoint…</source>
        <translation>命名存檔點…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="391"/>
        <source>Name the project&apos;s state now, to compare with or send changes since later</source>
        <translation>為項目當前狀態命名，日後可與之比較或發送此後的修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="392"/>
        <source>Compare with a checkpoint…</source>
        <translation>與存檔點比較…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="393"/>
        <source>What changed since a checkpoint; export it as Word tracked changes or CSV</source>
        <translation>存檔點以來的改動；可匯出為 Word 追蹤修訂或 CSV</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="394"/>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="395"/>
        <source>What Reviewer does, your name, and the ten keys that matter</source>
        <translation>Reviewer 的用途、你的名字和最常用的十個按鍵</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="396"/>
        <source>Wrap long text in the list</source>
        <translation>列表中長文字自動換行</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="397"/>
        <source>Show the whole text of long segments in the list (rows grow to fit)</source>
        <translation>在列表中顯示長段落的全文（行高隨內容增加）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="398"/>
        <source>Audio lane</source>
        <translation>音軌</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="399"/>
        <source>Show or hide the waveform, speech and segments under the video</source>
        <translation>在影片下方顯示或隱藏波形、語音和段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="400"/>
        <source>New segment over untranscribed speech</source>
        <translation>在未文字稿的語音上新建段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="401"/>
        <source>Make a segment over the next speech that has none</source>
        <translation>在下一段沒有段落的語音上建立段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="402"/>
        <source>Snap boundary to speech</source>
        <translation>邊界對齊語音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="403"/>
        <source>Move the boundary nearest the playhead to the nearest speech onset or offset</source>
        <translation>把離播放位置最近的邊界移到最近的語音起點或終點</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="404"/>
        <source>Next speech</source>
        <translation>下一段語音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="405"/>
        <source>Previous speech</source>
        <translation>上一段語音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="406"/>
        <source>Zoom the audio lane in</source>
        <translation>放大音軌</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="407"/>
        <source>Zoom the audio lane out</source>
        <translation>縮小音軌</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="408"/>
        <source>Next audio track</source>
        <translation>下一條音訊軌</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="409"/>
        <source>Hear the media&apos;s next sound track (a broadcast file&apos;s other language)</source>
        <translation>聽媒體的下一條音訊軌（廣播檔案的另一種語言）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="410"/>
        <source>Quick-seek copies</source>
        <translation>快速定位副本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="411"/>
        <source>Play a copy with a keyframe every half second of a video whose keyframes are far apart (made once, in the background)</source>
        <translation>影片關鍵幀相隔很遠時，播放它每半秒一個關鍵幀的副本（在背景製作一次）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="412"/>
        <source>Problems panel</source>
        <translation>問題面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="413"/>
        <source>Show the Problems panel and go to it</source>
        <translation>顯示並轉到問題面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="414"/>
        <source>Glossary panel</source>
        <translation>詞彙表面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="415"/>
        <source>Show the Glossary panel and go to it</source>
        <translation>顯示並轉到詞彙表面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="416"/>
        <source>Speakers panel</source>
        <translation>講者面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="417"/>
        <source>Go to the speaker list (rename, re-key, recolour); Esc comes back</source>
        <translation>轉到講者列表（重新命名、改按鍵、改顏色）；按 Esc 返回</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="418"/>
        <source>Segment list</source>
        <translation>段落列表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="419"/>
        <source>Back to the segment list from anywhere, the same segment selected (or Esc)</source>
        <translation>從任何位置回到段落列表，仍選中同一段落（或按 Esc）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="420"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="421"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="422"/>
        <source>&amp;Review</source>
        <translation>審閲(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="424"/>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="425"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="426"/>
        <source>&amp;Help</source>
        <translation>説明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="427"/>
        <source>Speakers</source>
        <translation>講者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="457"/>
        <source>No media: the project has no video to hear</source>
        <translation>無媒體：項目沒有可以聽的影片</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="460"/>
        <source>The media is missing: {file}</source>
        <translation>找不到媒體檔案：{file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="471"/>
        <source>The sound cannot be analysed here ({error})</source>
        <translation>無法在此分析聲音（{error}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="478"/>
        <source>The sound is analysed when the lane is shown</source>
        <translation>顯示音軌時才會分析聲音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="504"/>
        <location filename="../reviewer/ui/audio_lane.py" line="520"/>
        <source>Analysing the sound… {percent}%</source>
        <translation>正在分析聲音… {percent}%</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="538"/>
        <source>Finding the speech…</source>
        <translation>正在搜尋語音…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="550"/>
        <source>exit status {code}</source>
        <translation>退出狀態 {code}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="554"/>
        <source>The sound could not be analysed: {why}</source>
        <translation>無法分析聲音：{why}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="565"/>
        <source>The sound could not be analysed: no cache was written</source>
        <translation>無法分析聲音：沒有寫入緩存</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="574"/>
        <source>The sound could not be analysed: the helper did not start</source>
        <translation>無法分析聲音：輔助程序未能啓動</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="653"/>
        <source>Every stretch of speech has a segment</source>
        <translation>每段語音都有對應的段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="661"/>
        <source>New segment over the speech at {time}</source>
        <translation>已在 {time} 的語音上新建段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="671"/>
        <source>Still finding the speech: a moment</source>
        <translation>仍在搜尋語音，請稍候</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="673"/>
        <source>The detector found no speech in this clip</source>
        <translation>檢測器在此片段中沒有發現語音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="675"/>
        <source>No speech map yet: show the audio lane (Ctrl+Shift+A)</source>
        <translation>還沒有語音圖：請顯示音軌（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="677"/>
        <source>No speech map: {why}</source>
        <translation>沒有語音圖：{why}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_tracks.py" line="38"/>
        <source>Audio track</source>
        <translation>音訊軌</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_tracks.py" line="51"/>
        <source>No sound to choose from</source>
        <translation>沒有可選的聲音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_tracks.py" line="77"/>
        <source>Hearing {track}; the audio lane and the speech checks use it</source>
        <translation>正在聽{track}；音軌與語音檢查都用它</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_tracks.py" line="88"/>
        <source>The media has no other sound track</source>
        <translation>此媒體沒有別的音訊軌</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_tracks.py" line="97"/>
        <source>Track {number}</source>
        <translation>音訊軌 {number}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="92"/>
        <source>Moves in this video decode from keyframes far apart. Reviewer is making a copy of it with a keyframe every half second, at low priority; playback goes on meanwhile, and the copy plays from the next pause.</source>
        <translation>這段影片的關鍵幀相隔很遠，每次跳轉都要從關鍵幀解碼。Reviewer 正以低優先次序製作每半秒一個關鍵幀的副本；播放不受影響，副本在下次暫停時開始使用。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="70"/>
        <source>Quick-seek copy</source>
        <translation>快速定位副本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="74"/>
        <source>Moves in this video show at once: Reviewer plays its copy with a keyframe every half second (at most 720 lines). The project, the audio lane, the checks and the exports use the video itself. Playback &gt; Quick-seek copies turns it off.</source>
        <translation>這段影片的跳轉即時顯示：Reviewer 播放它每半秒一個關鍵幀的副本（最多 720 行）。專案、音軌、檢查與匯出仍使用影片本身。可在「播放 &gt; 快速定位副本」中關閉。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="87"/>
        <source>Making quick-seek copy: {percent} %</source>
        <translation>正在製作快速定位副本：{percent} %</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="106"/>
        <source>Moves in {file} are slow: its keyframes are far apart. Install FFmpeg and Reviewer makes a quick-seek copy of it.</source>
        <translation>{file} 的關鍵幀相隔很遠，跳轉較慢。安裝 FFmpeg 後，Reviewer 會為它製作快速定位副本。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="110"/>
        <source>No quick-seek copy of {file}: not enough free space in {folder}</source>
        <translation>未製作 {file} 的快速定位副本：{folder} 的可用空間不足</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="116"/>
        <source>its frames would not keep the video&apos;s times</source>
        <translation>副本的幀無法保持影片原有的時間</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="120"/>
        <source>No quick-seek copy of {file}: {reason}</source>
        <translation>未製作 {file} 的快速定位副本：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="129"/>
        <source>Now using the quick-seek copy of {file}: moves show at once</source>
        <translation>現在使用 {file} 的快速定位副本：跳轉即時顯示</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="131"/>
        <source>Now using {file} itself, not its quick-seek copy</source>
        <translation>現在使用 {file} 本身，而非其快速定位副本</translation>
    </message>
</context>
</TS>
