<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../reviewer/ui/change_preview.py" line="45"/>
        <source>{changes} in {segments}, applied as one step (Ctrl+Z undoes it).</source>
        <translation>{segments}中共 {changes}，作为一步完成（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/change_preview.py" line="49"/>
        <source>Nothing to change.</source>
        <translation>没有需要修改的内容。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/change_preview.py" line="54"/>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="57"/>
        <location filename="../reviewer/ui/history_panel.py" line="106"/>
        <location filename="../reviewer/ui/timeline.py" line="75"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/change_preview.py" line="54"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/change_preview.py" line="54"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="31"/>
        <source>English (and other Latin or Cyrillic script)</source>
        <translation>英文（及其他拉丁或西里尔字母文字）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="32"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="48"/>
        <source>Check preferences</source>
        <translation>检查规则</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="56"/>
        <source>These are the subtitle rules. This project is checked as a transcript, so they apply only once it is checked as subtitles (the Problems panel switches it).</source>
        <translation>以下是字幕规则。本项目目前按转写稿检查，改为按字幕检查后才会生效（可在“问题”面板中切换）。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="66"/>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="71"/>
        <source> characters a second</source>
        <translation> 字符/秒</translation>
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
        <translation>阅读速度最高(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="77"/>
        <source>At &amp;most</source>
        <translation>最多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="80"/>
        <source>Timing</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="89"/>
        <source> frames</source>
        <translation> 帧</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="90"/>
        <source>&amp;Shortest on screen</source>
        <translation>最短显示时长(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="91"/>
        <source>Lon&amp;gest on screen</source>
        <translation>最长显示时长(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="92"/>
        <source>&amp;Frame rate</source>
        <translation>帧率(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/check_preferences.py" line="93"/>
        <source>Shortest ga&amp;p</source>
        <translation>最短间隔(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="45"/>
        <source>Compare with a checkpoint</source>
        <translation>与检查点比较</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="57"/>
        <source>Was</source>
        <translation>原为</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="57"/>
        <source>Now</source>
        <translation>现为</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="57"/>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="60"/>
        <source>Export &amp;Word (tracked changes)…</source>
        <translation>导出 Word 修订稿(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="61"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="62"/>
        <source>&amp;Restore this checkpoint</source>
        <translation>恢复到此检查点(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="64"/>
        <source>Puts the whole project back as it was (one undo step; a backup first)</source>
        <translation>把整个项目恢复到当时的状态（可一步撤销；先自动备份）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="67"/>
        <source>C&amp;heckpoint</source>
        <translation>检查点(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="112"/>
        <source>{changes} since</source>
        <translation>此后 {changes}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="114"/>
        <source>no checkpoints yet</source>
        <translation>尚无检查点</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="132"/>
        <source>Export the changes since the checkpoint</source>
        <translation>导出检查点以来的修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="135"/>
        <source>Word (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="148"/>
        <location filename="../reviewer/ui/export_dialog.py" line="167"/>
        <source>the project</source>
        <translation>项目本身</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="159"/>
        <source>Wrote the changes to {file}</source>
        <translation>修改已写入 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="166"/>
        <source>Restored the checkpoint “{name}” (a backup copy is beside the project; Ctrl+Z undoes it)</source>
        <translation>已恢复到检查点“{name}”（备份副本在项目文件旁；Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="180"/>
        <source>Name a checkpoint</source>
        <translation>命名检查点</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="181"/>
        <source>Name this state of the project (e.g. “sent to the desk 14:05”):</source>
        <translation>为项目的当前状态命名（如“14:05 已交编辑部”）：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="194"/>
        <source>Checkpoint “{name}” named</source>
        <translation>已命名检查点“{name}”</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/checkpoint_actions.py" line="206"/>
        <source>No checkpoints yet: File &gt; Name a checkpoint…</source>
        <translation>尚无检查点：请用“文件 &gt; 命名检查点…”</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/command_palette.py" line="26"/>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/command_palette.py" line="31"/>
        <source>Type an action: approve, speaker, loop, export…</source>
        <translation>输入操作名称：审定、说话人、循环、导出…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="72"/>
        <location filename="../reviewer/ui/history_panel.py" line="103"/>
        <location filename="../reviewer/ui/history_panel.py" line="166"/>
        <source>No segment</source>
        <translation>未选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="74"/>
        <source>Source (what is said)</source>
        <translation>原文（所说内容）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="376"/>
        <location filename="../reviewer/ui/editor_pane.py" line="75"/>
        <location filename="../reviewer/ui/export_dialog.py" line="56"/>
        <location filename="../reviewer/ui/find_replace.py" line="43"/>
        <location filename="../reviewer/ui/glossary_panel.py" line="48"/>
        <location filename="../reviewer/ui/segment_model.py" line="39"/>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="82"/>
        <source>Type a new name to make a speaker; keys 1-9 in the list, Alt+1-9 here</source>
        <translation>输入新名字即新建说话人；列表中按 1-9，此处按 Alt+1-9</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="84"/>
        <source>no speaker</source>
        <translation>无说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="86"/>
        <source>tags, comma separated (SOT, VO, needs-legal)</source>
        <translation>标签，用逗号分隔（SOT, VO, needs-legal）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="91"/>
        <source>note for the desk</source>
        <translation>给编辑部的备注</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="104"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="106"/>
        <location filename="../reviewer/ui/segment_model.py" line="37"/>
        <location filename="../reviewer/ui/speaker_panel.py" line="45"/>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="428"/>
        <location filename="../reviewer/ui/editor_pane.py" line="107"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="108"/>
        <location filename="../reviewer/ui/glossary_panel.py" line="50"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="196"/>
        <source>No segment selected</source>
        <translation>未选中段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="213"/>
        <source>the source ({count})</source>
        <translation>原文（{count}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="215"/>
        <source>the translation ({count})</source>
        <translation>译文（{count}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="224"/>
        <source>the note ({count})</source>
        <translation>备注（{count}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="231"/>
        <source>Too long to edit here: {what}; the start is shown, and the whole text is kept (at most {limit} to edit)</source>
        <translation>内容过长，无法在此编辑：{what}；只显示开头，全文完整保留（可编辑上限 {limit}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="233"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="24"/>
        <source>Central European (Windows-1250): Croatian, Czech, Polish…</source>
        <translation>中欧语言 (Windows-1250)：克罗地亚语、捷克语、波兰语…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="25"/>
        <source>Central European (ISO 8859-2)</source>
        <translation>中欧语言 (ISO 8859-2)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="26"/>
        <source>Western (Windows-1252): English, French, German…</source>
        <translation>西欧语言 (Windows-1252)：英语、法语、德语…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="27"/>
        <source>Cyrillic (Windows-1251): Russian…</source>
        <translation>西里尔文 (Windows-1251)：俄语…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="28"/>
        <source>Cyrillic (KOI8-R)</source>
        <translation>西里尔文 (KOI8-R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="29"/>
        <source>Chinese, Simplified (GB18030/GBK)</source>
        <translation>简体中文 (GB18030/GBK)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="30"/>
        <source>Chinese, Traditional (Big5-HKSCS)</source>
        <translation>繁体中文 (Big5-HKSCS)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="31"/>
        <source>Japanese (Shift_JIS)</source>
        <translation>日语 (Shift_JIS)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="32"/>
        <source>Japanese (EUC-JP)</source>
        <translation>日语 (EUC-JP)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="33"/>
        <source>Korean (EUC-KR)</source>
        <translation>韩语 (EUC-KR)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="43"/>
        <source>Text encoding</source>
        <translation>文字编码</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/encoding_dialog.py" line="48"/>
        <source>{file}: the text encoding is a guess. Choose the one in which names and accents read right.</source>
        <translation>{file}：文字编码是推测的。请选择能让人名和重音字母正确显示的编码。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="49"/>
        <source>Export</source>
        <translation>导出</translation>
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
        <translation>原文和译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="62"/>
        <source>As it is</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="65"/>
        <source>Only &amp;approved segments</source>
        <translation>仅已审定段落(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="66"/>
        <source>S&amp;peaker labels</source>
        <translation>说话人标注(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="69"/>
        <source>Time&amp;codes (plain text)</source>
        <translation>时间码（纯文本）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="74"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="79"/>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="80"/>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="81"/>
        <source>Chinese sc&amp;ript</source>
        <translation>中文字形(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="110"/>
        <source>Left out, starting after the video ends ({end}): {segments}</source>
        <translation>已略去，在视频结束（{end}）之后才开始：{segments}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="116"/>
        <source>Cut at the video&apos;s end ({end}): {segments}</source>
        <translation>在视频结尾（{end}）截断：{segments}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="158"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="172"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="36"/>
        <source>Plain text</source>
        <translation>普通文本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="37"/>
        <source>Whole words</source>
        <translation>全字匹配</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="38"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="39"/>
        <source>Fuzzy (misspellings)</source>
        <translation>模糊（含拼写错误）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="54"/>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="60"/>
        <source>Find (Chinese in either script)</source>
        <translation>查找（中文简繁皆可）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="69"/>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="73"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="75"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="76"/>
        <source>Replace &amp;all…</source>
        <translation>全部替换(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="77"/>
        <source>Cl&amp;ose</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="89"/>
        <source>&amp;Mode</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="91"/>
        <source>&amp;In</source>
        <translation>范围(&amp;I)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="96"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="97"/>
        <source>Replace &amp;with</source>
        <translation>替换为(&amp;W)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="135"/>
        <source>1 segment matches</source>
        <translation>1 个段落匹配</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="135"/>
        <source>{n} segments match</source>
        <translation>{n} 个段落匹配</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/find_replace.py" line="161"/>
        <source>No match</source>
        <translation>无匹配</translation>
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
        <translation>新建术语</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="84"/>
        <source>One or more forms, separated by |: 真主党|真主黨</source>
        <translation>一个或多个形式，用 | 分隔：真主党|真主黨</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="85"/>
        <source>The agreed rendering (others accepted after |)</source>
        <translation>统一译法（| 后可列其他可接受的译法）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="86"/>
        <source>Wrong renderings the checks flag, separated by |</source>
        <translation>检查时会标出的错误译法，用 | 分隔</translation>
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
        <translation>翻译(&amp;T)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="95"/>
        <source>&amp;Avoid</source>
        <translation>避免使用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="96"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
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
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="215"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="216"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="299"/>
        <source>{terms} read from {file}</source>
        <translation>已从 {file} 读入 {terms}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="314"/>
        <source>{terms} written to {file}</source>
        <translation>已将 {terms} 写入 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="322"/>
        <source>Import glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="330"/>
        <source>Export glossary</source>
        <translation>导出术语表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/glossary_panel.py" line="352"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="29"/>
        <source>Previous / next segment; the player seeks to its start</source>
        <translation>上一个/下一个段落；播放器跳到其开头</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="33"/>
        <source>Select several segments (speaker keys apply to all)</source>
        <translation>选择多个段落（说话人快捷键作用于全部所选）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="40"/>
        <source>segment list</source>
        <translation>段落列表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="41"/>
        <source>editor</source>
        <translation>编辑区</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="42"/>
        <source>anywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="50"/>
        <source>Give the selected segments the speaker on that key</source>
        <translation>把该键对应的说话人指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="51"/>
        <source>The same, while typing in an editor</source>
        <translation>同上，在编辑区输入时使用</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="55"/>
        <source>Add or remove the tag on that key (SOT, VO, needs-legal…)</source>
        <translation>添加或移除该键对应的标签（SOT、VO、needs-legal…）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="365"/>
        <location filename="../reviewer/ui/help_dialogs.py" line="68"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="73"/>
        <location filename="../reviewer/ui/speaker_panel.py" line="45"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="73"/>
        <source>Where</source>
        <translation>适用位置</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="73"/>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="91"/>
        <source>Everything in Reviewer works from the keyboard. Ctrl+Shift+P finds any action by name.</source>
        <translation>Reviewer 的所有操作都可以用键盘完成。按 Ctrl+Shift+P 可按名称查找任何操作。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="112"/>
        <source>not available ({reason})</source>
        <translation>不可用（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="119"/>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). The demo clip is Reviewer&apos;s own material, under the same licence.</source>
        <translation>自由软件，按 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）发布。示例片段为 Reviewer 自有素材，采用相同许可证。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="123"/>
        <source>Review machine-made transcripts of video: speakers, source and translation, approval, export.</source>
        <translation>审校视频的机器转写稿：说话人、原文与译文、审定、导出。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="144"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/help_dialogs.py" line="144"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="366"/>
        <location filename="../reviewer/ui/help_dialogs.py" line="155"/>
        <source>About Reviewer</source>
        <translation>关于 Reviewer</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/editor_pane.py" line="248"/>
        <location filename="../reviewer/ui/history_panel.py" line="63"/>
        <location filename="../reviewer/ui/history_panel.py" line="64"/>
        <source>(none)</source>
        <translation>（无）</translation>
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
        <translation>时间</translation>
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
        <translation>将段落恢复到此修订版本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="114"/>
        <source>Puts every field of the segment back as it was just after it</source>
        <translation>把该段落的所有字段恢复到这次修订之后的状态</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="171"/>
        <source>Segment #{id}: {revisions}</source>
        <translation>段落 #{id}：{revisions}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="175"/>
        <source>Segment #{id}: as imported, no revisions yet</source>
        <translation>段落 #{id}：与导入时相同，尚无修订</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="185"/>
        <source>revision {revision}, operation {operation} ({kind})</source>
        <translation>修订 {revision}，操作 {operation}（{kind}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="209"/>
        <source>{step} by {author}, {time}: {field}</source>
        <translation>{step}（{author}，{time}）：{field}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="228"/>
        <source>Segment #{id} is back as it was after revision {revision} (Ctrl+Z undoes it)</source>
        <translation>段落 #{id} 已恢复到修订 {revision} 之后的状态（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/history_panel.py" line="236"/>
        <source>History</source>
        <translation>修订历史</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="153"/>
        <source>1 change</source>
        <translation>1 处修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="153"/>
        <source>{n} changes</source>
        <translation>{n} 处修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="154"/>
        <source>1 segment</source>
        <translation>1 个段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="154"/>
        <source>{n} segments</source>
        <translation>{n} 个段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="155"/>
        <source>1 glossary term</source>
        <translation>1 条术语</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="155"/>
        <source>{n} glossary terms</source>
        <translation>{n} 条术语</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="156"/>
        <source>1 revision</source>
        <translation>1 次修订</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="156"/>
        <source>{n} revisions</source>
        <translation>{n} 次修订</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="157"/>
        <source>1 character</source>
        <translation>1 个字符</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/i18n.py" line="157"/>
        <source>{n} characters</source>
        <translation>{n} 个字符</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/language_menu.py" line="34"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/language_menu.py" line="60"/>
        <source>The window will be in %1 from the next start.

Restart now? Nothing is lost: every change is already saved in the project file, and Reviewer opens it again.</source>
        <translation>下次启动时界面将切换为%1。

现在重启吗？不会丢失任何内容：所有修改都已保存在项目文件中，Reviewer 重启后会重新打开它。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/language_menu.py" line="68"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/language_menu.py" line="69"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/match_delegate.py" line="67"/>
        <source>Matches not lit: {error}</source>
        <translation>未能标亮匹配：{error}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="21"/>
        <source>No video is linked to this transcript, so it plays without picture. Use {relink} to choose the video file.</source>
        <translation>这份转写稿没有关联视频，播放时没有画面。请用{relink}选择视频文件。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="29"/>
        <source>The video file is missing: {file}. If it was moved or renamed, use {relink} to find it; until then the transcript plays without picture, and nothing is lost.</source>
        <translation>找不到视频文件：{file}。如果文件被移动或改名，请用{relink}重新找到它；在此之前转写稿照常播放，只是没有画面，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="98"/>
        <location filename="../reviewer/ui/media_problems.py" line="40"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="44"/>
        <source>The video cannot be played: {file} ({reason}). Use {relink} to choose a playable copy (H.264 MP4 plays everywhere); until then the transcript plays without picture.</source>
        <translation>视频无法播放：{file}（{reason}）。请用{relink}选择一个可播放的版本（H.264 MP4 到处都能播放）；在此之前转写稿播放时没有画面。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="46"/>
        <source>libvlc gave no reason</source>
        <translation>libvlc 未说明原因</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="52"/>
        <source>No video: {reason}. The transcript plays without picture.</source>
        <translation>无视频：{reason}。转写稿播放时没有画面。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="54"/>
        <source>run: {command}</source>
        <translation>请运行：{command}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="59"/>
        <source>No video: {reason}, so the transcript plays without picture. To fix it, {fix}, then restart Reviewer.</source>
        <translation>无视频：{reason}，转写稿播放时没有画面。解决办法：{fix}，然后重启 Reviewer。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/media_problems.py" line="67"/>
        <source>No video: libvlc cannot draw into windows on Qt&apos;s “{platform}” platform, so the transcript plays without picture. Start Reviewer with QT_QPA_PLATFORM=xcb to see it.</source>
        <translation>无视频：在 Qt 的“{platform}”平台上 libvlc 无法在窗口中绘制画面，转写稿播放时没有画面。请用 QT_QPA_PLATFORM=xcb 启动 Reviewer 以显示画面。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/opening.py" line="30"/>
        <source>Transcripts ({patterns})</source>
        <translation>转写稿 ({patterns})</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/opening.py" line="51"/>
        <source>Everything Reviewer opens ({patterns})</source>
        <translation>Reviewer 能打开的所有文件 ({patterns})</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/opening.py" line="52"/>
        <source>Projects ({patterns})</source>
        <translation>项目 ({patterns})</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/start.py" line="141"/>
        <source>Part of the window could not be set up ({error})</source>
        <translation>窗口的一部分未能建立（{error}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/filter_bar.py" line="21"/>
        <source>Find in source or translation (Ctrl+F), any script</source>
        <translation>在原文或译文中查找（Ctrl+F），简繁皆可</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/filter_bar.py" line="26"/>
        <location filename="../reviewer/ui/filter_bar.py" line="69"/>
        <source>All speakers</source>
        <translation>全部说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/filter_bar.py" line="31"/>
        <location filename="../reviewer/ui/filter_bar.py" line="80"/>
        <source>Reviewed {done} of {count}</source>
        <translation>已审定 {done} / {count}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="256"/>
        <source>No project</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="269"/>
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/export_dialog.py" line="182"/>
        <location filename="../reviewer/ui/main_window.py" line="412"/>
        <source>… and {count} more</source>
        <translation>…… 另有 {count} 处</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="418"/>
        <source>{count} part(s) of the file could not be read as they were: left out, repaired or read as a guess, as each line says:</source>
        <translation>文件中有 {count} 处无法按原样读取：已按各行所述略去、修复或推测读取：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="459"/>
        <source>Read-only: {reason}</source>
        <translation>只读：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="466"/>
        <source>The video had moved: found it at {file}</source>
        <translation>视频已被移动：在 {file} 找到</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/filter_bar.py" line="87"/>
        <source>{approved} approved, {edited} edited and not approved, {flagged} flagged, {unnamed} without a speaker; a change to an approved segment makes it edited again</source>
        <translation>已审定 {approved} 个，已修改未审定 {edited} 个，已标记 {flagged} 个，无说话人 {unnamed} 个；已审定的段落一经修改，会变回“已修改”</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="656"/>
        <source>All changes saved</source>
        <translation>所有修改均已保存</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/main_window.py" line="663"/>
        <source>NOT SAVED: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/edit.py" line="35"/>
        <source>Undo {what}</source>
        <translation>撤销 {what}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/edit.py" line="41"/>
        <source>Redo {what}</source>
        <translation>重做 {what}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="35"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="45"/>
        <source>The other language</source>
        <translation>另一种语言</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="66"/>
        <source>Where is the video?</source>
        <translation>视频在哪里？</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="85"/>
        <source>Exported to {file}; {cut}</source>
        <translation>已导出到 {file}；{cut}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="87"/>
        <source>Exported to {file}</source>
        <translation>已导出到 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/opening.py" line="43"/>
        <source>Video and audio ({patterns})</source>
        <translation>视频和音频 ({patterns})</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/opening.py" line="37"/>
        <location filename="../reviewer/ui/opening.py" line="43"/>
        <location filename="../reviewer/ui/opening.py" line="53"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="96"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/file.py" line="99"/>
        <source>Nothing to save: every change is in the project file.</source>
        <translation>无需保存：所有修改都已在项目文件中。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/edit.py" line="21"/>
        <source>Undid {what}</source>
        <translation>已撤销 {what}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/edit.py" line="28"/>
        <source>Redid {what}</source>
        <translation>已重做 {what}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/edit.py" line="87"/>
        <source>Put the playhead inside the segment to split it</source>
        <translation>请把播放头移到段落内部再拆分</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/review.py" line="47"/>
        <source>Every segment has been reviewed</source>
        <translation>所有段落都已审阅</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/review.py" line="57"/>
        <source>No speaker on key {key} yet: add one in the speaker panel, or Alt+N</source>
        <translation>按键 {key} 还没有对应的说话人：请在说话人面板中添加，或按 Alt+N</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/review.py" line="74"/>
        <source>New speaker</source>
        <translation>新建说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/review.py" line="74"/>
        <source>Name (given to the selected segments):</source>
        <translation>名字（将指定给所选段落）：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/commands/review.py" line="86"/>
        <source>No tag on Ctrl+{n}</source>
        <translation>Ctrl+{n} 没有对应的标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="69"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="185"/>
        <source>project, transcript or video</source>
        <translation>项目、转写稿或视频</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="70"/>
        <source>no segments in this file</source>
        <translation>文件中没有段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="49"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="49"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="52"/>
        <source>All problems</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="53"/>
        <source>Errors</source>
        <translation>错误</translation>
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
        <translation>包括已审定</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="171"/>
        <source>Also list the warnings of approved segments (approving a segment says its warnings were judged)</source>
        <translation>同时列出已审定段落的警告（审定段落即表示其警告已经过判断）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="179"/>
        <source>Checked as {kind}</source>
        <translation>按{kind}检查</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="182"/>
        <source>What the project is for: subtitles are also checked for line length, lines, reading speed, durations and gaps; a transcript is not</source>
        <translation>项目的用途：字幕还要检查行长度、行数、阅读速度、时长和间隔；转写稿则不检查这些</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="187"/>
        <source>Fix segment</source>
        <translation>修正段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="188"/>
        <source>Apply the glossary fixes of the current segment (Ctrl+.)</source>
        <translation>按术语表修正当前段落（Ctrl+.）</translation>
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
        <translation>预览所有按术语表的修正，再作为一步全部应用</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="243"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="289"/>
        <source>Checked as {kind} (Ctrl+Z takes it back)</source>
        <translation>已改为按{kind}检查（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="313"/>
        <source>; loading the glossary…</source>
        <translation>；正在加载术语表…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="346"/>
        <location filename="../reviewer/ui/problems_panel.py" line="372"/>
        <source>No problems</source>
        <translation>没有问题</translation>
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
        <translation>；已隐藏已审定段落的 {warnings}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="390"/>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="390"/>
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="394"/>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="394"/>
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="404"/>
        <source>No glossary fix for #{id}</source>
        <translation>段落 #{id} 没有可按术语表修正的内容</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="407"/>
        <source>Fixed #{id}: {text}</source>
        <translation>已修正 #{id}：{text}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="416"/>
        <source>Fix all glossary, name and untranslated-text problems</source>
        <translation>修正全部术语、人名和未翻译文字问题</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/problems_panel.py" line="428"/>
        <location filename="../reviewer/ui/segment_model.py" line="41"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/project_trust.py" line="21"/>
        <source>Rescue into a new project</source>
        <translation>抢救到新项目</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/project_trust.py" line="22"/>
        <source>Break the lock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/project_trust.py" line="49"/>
        <source>The file was not changed. Reviewer can copy its data (segments, speakers, tags, history, glossary) into a new project file it makes itself, leaving out anything else the file holds.</source>
        <translation>文件未被改动。Reviewer 可以把其中的数据（段落、说话人、标签、修订历史、术语表）复制到它新建的项目文件中，文件中的其他内容一概不带。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/project_trust.py" line="71"/>
        <source>Rescued into {file}; what could not be kept as it was:</source>
        <translation>已抢救到 {file}；以下内容无法原样保留：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/project_trust.py" line="99"/>
        <source>The project opened read-only: {reason}.

Break the lock only if that machine is switched off or no longer has the project open: two Reviewers writing one file lose work.</source>
        <translation>项目以只读方式打开：{reason}。

只有在那台电脑已关机或已不再打开此项目时，才可解除锁定：两个 Reviewer 同时写一个文件会丢失工作。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="35"/>
        <source>{changes} waiting: {error}. Kept in memory and retried every {seconds} s; File &gt; Save a copy… writes them elsewhere</source>
        <translation>{changes} 待保存：{error}。修改暂存在内存中，每 {seconds} 秒重试一次；可用“文件 &gt; 保存副本…”写到别处</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="77"/>
        <source>Unsaved changes could not be rescued: {error}</source>
        <translation>未保存的修改无法抢救：{error}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="84"/>
        <source>{count} unsaved changes could not be written to {file}; a copy with them is at {copy}</source>
        <translation>{count} 处未保存的修改无法写入 {file}；包含这些修改的副本在 {copy}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="99"/>
        <source>The unsaved changes are written now.</source>
        <translation>未保存的修改现已写入。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="108"/>
        <source>Save a copy of the project</source>
        <translation>保存项目副本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="110"/>
        <source>Reviewer projects (*.review)</source>
        <translation>Reviewer 项目 (*.review)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="124"/>
        <source>A copy must go to another file than the project itself.</source>
        <translation>副本必须保存为项目本身以外的另一个文件。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="135"/>
        <source>Saved a copy at {file}, with {count} unsaved changes</source>
        <translation>副本已保存到 {file}，含 {count} 处未保存的修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="139"/>
        <source>Saved a copy at {file}</source>
        <translation>副本已保存到 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="155"/>
        <source>Changes not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="156"/>
        <source>.

Save a copy elsewhere before closing?</source>
        <translation>。

关闭前把副本保存到别处吗？</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="383"/>
        <location filename="../reviewer/ui/saving.py" line="163"/>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/saving.py" line="164"/>
        <source>Close without them</source>
        <translation>不保存，直接关闭</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="37"/>
        <source>Convert Chinese script</source>
        <translation>转换中文字形</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="43"/>
        <source>S&amp;elected segments ({count})</source>
        <translation>所选段落（{count}）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="44"/>
        <source>&amp;All segments</source>
        <translation>全部段落(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="55"/>
        <source>&amp;Conversion</source>
        <translation>转换方式(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="56"/>
        <source>Source text of</source>
        <translation>原文范围</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="99"/>
        <source>Show source as</source>
        <translation>原文显示为</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/script_tools.py" line="102"/>
        <source>As written</source>
        <translation>原样</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="17"/>
        <source>All segments</source>
        <translation>全部段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="18"/>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="19"/>
        <source>Not approved</source>
        <translation>未审定</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="20"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="21"/>
        <source>Approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="22"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="23"/>
        <source>With problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_filter.py" line="24"/>
        <source>Without speaker</source>
        <translation>无说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_model.py" line="35"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/segment_model.py" line="36"/>
        <source>End</source>
        <translation>结束</translation>
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
        <translation>段落数</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="55"/>
        <source>New speaker name, Enter</source>
        <translation>新说话人名字，按回车</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="57"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="64"/>
        <source>No speakers yet. Type a name below and press Enter: the first gets key 1, the next key 2… Then press the key on a segment (or Alt+key while typing).</source>
        <translation>还没有说话人。在下方输入名字并按回车：第一个对应按键 1，下一个对应 2…… 然后在段落上按对应的键（输入时按 Alt+键）。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="112"/>
        <source>Key {key} in the list, Alt+{key} while typing</source>
        <translation>列表中按 {key}，输入时按 Alt+{key}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="114"/>
        <source>No key: give it one from the context menu</source>
        <translation>无按键：可在右键菜单中指定</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="169"/>
        <source>Give to selected segments</source>
        <translation>指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="171"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="172"/>
        <source>Role…</source>
        <translation>身份…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="173"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="174"/>
        <source>Key…</source>
        <translation>按键…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="175"/>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="180"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="189"/>
        <source>Rename speaker</source>
        <translation>重命名说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="189"/>
        <source>Name:</source>
        <translation>名字：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="198"/>
        <source>Speaker role</source>
        <translation>说话人身份</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="199"/>
        <source>Role (anchor, reporter, interviewee…):</source>
        <translation>身份（主播、记者、受访者…）：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="211"/>
        <source>Colour of {name}</source>
        <translation>{name} 的颜色</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="221"/>
        <source>Speaker key</source>
        <translation>说话人按键</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/speaker_panel.py" line="222"/>
        <source>Key for {name} (1-9):</source>
        <translation>{name} 的按键（1-9）：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="52"/>
        <source>Project timeline</source>
        <translation>项目时间线</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="55"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="59"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="59"/>
        <source>&amp;Until</source>
        <translation>到(&amp;U)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="74"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/timeline.py" line="76"/>
        <source>Old</source>
        <translation>旧值</translation>
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
        <translation>（显示最新的）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="20"/>
        <source>source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="20"/>
        <source>translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="21"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="21"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="27"/>
        <source>no speech</source>
        <translation>无语音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="28"/>
        <source>untranscribed speech</source>
        <translation>未转写的语音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="29"/>
        <source>after the end</source>
        <translation>片尾之后</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="30"/>
        <source>runs past the end</source>
        <translation>越过片尾</translation>
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
        <translation>无译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/translated.py" line="26"/>
        <source>no source</source>
        <translation>无原文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="42"/>
        <source>Play (Space, Ctrl+Space) · replay the segment: Ctrl+R</source>
        <translation>播放（空格、Ctrl+空格）· 重播段落：Ctrl+R</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="43"/>
        <source>Pause (Space, Ctrl+Space) · replay the segment: Ctrl+R</source>
        <translation>暂停（空格、Ctrl+空格）· 重播段落：Ctrl+R</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="263"/>
        <location filename="../reviewer/ui/video_pane.py" line="207"/>
        <source>Relink video…</source>
        <translation>重新关联视频…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="208"/>
        <source>Choose the video file for this transcript</source>
        <translation>为这份转写稿选择视频文件</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="223"/>
        <source>Back 2 s (Alt+Left)</source>
        <translation>后退 2 秒（Alt+←）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="227"/>
        <source>Forward 2 s (Alt+Right)</source>
        <translation>前进 2 秒（Alt+→）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="232"/>
        <source>Playhead / duration</source>
        <translation>播放头 / 总时长</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="238"/>
        <source>Drag to move the playhead</source>
        <translation>拖动以移动播放头</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="245"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="248"/>
        <source>Loop the current segment (Ctrl+L)</source>
        <translation>循环播放当前段落（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="250"/>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="253"/>
        <location filename="../reviewer/ui/video_pane.py" line="332"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="261"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="324"/>
        <source>No picture: the transcript plays on its own</source>
        <translation>无画面：转写稿单独播放</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/video_pane.py" line="332"/>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="43"/>
        <source>Reviewer plays a video in step with its machine-made transcript, so that you can tag who speaks, fix the text and its translation, and approve segment after segment from the keyboard. Every change is saved the moment you make it, with your name, in a project file that keeps its whole history, and the result exports to SRT, WebVTT, Word and more.</source>
        <translation>Reviewer 把视频和机器转写稿同步播放，让你用键盘标注说话人、修改原文和译文，并逐段审定。每次修改都会连同你的名字立即保存在项目文件中，完整保留修订历史；成果可导出为 SRT、WebVTT、Word 等格式。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="50"/>
        <source>Behind this window is the demo clip: a 41-second invented news story whose machine transcript has mistakes planted for you to find.</source>
        <translation>此窗口后面是示例片段：一段 41 秒的虚构新闻，机器转写稿里特意埋了一些错误，等你来找。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="53"/>
        <source>Behind this window is {what}.</source>
        <translation>此窗口后面是 {what}。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="54"/>
        <source>No project is open yet: open a transcript or a video to start.</source>
        <translation>还没有打开项目：打开一份转写稿或一个视频即可开始。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="56"/>
        <source>To review your own clip, open its transcript (SRT, WebVTT, ASS, Whisper JSON, CSV, text copied from a video page) or the video itself: Reviewer makes a project beside it.</source>
        <translation>要审校自己的片段，请打开它的转写稿（SRT、WebVTT、ASS、Whisper JSON、CSV，或从视频网页复制的文字），或直接打开视频：Reviewer 会在旁边建立项目文件。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="62"/>
        <source>previous / next segment; the video jumps to it</source>
        <translation>上一个/下一个段落；视频随之跳转</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="63"/>
        <source>give the segment the speaker on that key</source>
        <translation>为段落指定该键对应的说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="64"/>
        <source>edit the translation</source>
        <translation>编辑译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="65"/>
        <source>back to the list, keeping the edit</source>
        <translation>回到列表，保留修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="66"/>
        <source>approve, and go to the next segment</source>
        <translation>审定，并转到下一个段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="67"/>
        <source>play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="68"/>
        <source>replay the segment from its start</source>
        <translation>从头重播段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="69"/>
        <source>jump back / forward 2 seconds</source>
        <translation>后退/前进 2 秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="70"/>
        <source>undo (even after a restart)</source>
        <translation>撤销（重启后仍可撤销）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="71"/>
        <source>find any command by name</source>
        <translation>按名称查找任何命令</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="91"/>
        <location filename="../reviewer/ui/welcome.py" line="97"/>
        <source>Welcome to Reviewer</source>
        <translation>欢迎使用 Reviewer</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="117"/>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="119"/>
        <source>Recorded with every change you make: the desk sees who did what.</source>
        <translation>每次修改都会记下你的名字：编辑部能看到谁改了什么。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="135"/>
        <source>&amp;All keyboard shortcuts…</source>
        <translation>全部键盘快捷键(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="136"/>
        <source>&amp;Open a transcript or video…</source>
        <translation>打开转写稿或视频(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="138"/>
        <source>Open the &amp;demo clip</source>
        <translation>打开示例片段(&amp;D)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="139"/>
        <source>&amp;Start reviewing</source>
        <translation>开始审校(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="157"/>
        <source>The keys that matter:</source>
        <translation>最常用的按键：</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/app.py" line="78"/>
        <location filename="../reviewer/ui/welcome.py" line="185"/>
        <source>The demo clip could not be opened: {error}</source>
        <translation>无法打开示例片段：{error}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/app.py" line="115"/>
        <source>The last project was not opened again: Reviewer stopped while opening it the last time.
{file}
Open it with File &gt; Open; if it fails again, run `reviewer rescue {file}` to copy its data into a new project.</source>
        <translation>上次的项目没有再次打开：Reviewer 上次在打开它时中断了。
{file}
请用“文件 &gt; 打开”打开它；如果再次失败，请运行 `reviewer rescue {file}`，把其中的数据复制到新项目。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="199"/>
        <source>“{title}” ({file}, 1 segment)</source>
        <translation>“{title}”（{file}，1 个段落）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="199"/>
        <source>“{title}” ({file}, {count} segments)</source>
        <translation>“{title}”（{file}，{count} 个段落）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="201"/>
        <source>{file} (1 segment)</source>
        <translation>{file}（1 个段落）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/welcome.py" line="201"/>
        <source>{file} ({count} segments)</source>
        <translation>{file}（{count} 个段落）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="16"/>
        <source>overlap</source>
        <translation>时间重叠</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="17"/>
        <source>past-end</source>
        <translation>超出片尾</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="18"/>
        <source>gap</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="19"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="20"/>
        <source>lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="21"/>
        <source>line-length</source>
        <translation>行长度</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="22"/>
        <source>reading-speed</source>
        <translation>阅读速度</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="23"/>
        <source>untranslated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="24"/>
        <source>glossary</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="25"/>
        <source>names</source>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="26"/>
        <source>untranscribed</source>
        <translation>未转写</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="27"/>
        <source>no-speech</source>
        <translation>无语音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="28"/>
        <source>empty text, or no translation</source>
        <translation>文字为空，或没有译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="29"/>
        <source>starts before the previous segment ends</source>
        <translation>在上一个段落结束前就开始</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="30"/>
        <source>starts or runs on after the clip ends (its measured length)</source>
        <translation>在视频结束（按测得的时长）之后开始或仍未结束</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="31"/>
        <source>a gap under two frames before the next segment</source>
        <translation>与下一个段落的间隔不足两帧</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="32"/>
        <source>on screen too short or too long</source>
        <translation>显示时间过短或过长</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="33"/>
        <source>more lines than the profile allows</source>
        <translation>行数超过规则允许</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="34"/>
        <source>a line longer than the profile allows</source>
        <translation>某行长度超过规则允许</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="35"/>
        <source>more characters a second than the profile allows</source>
        <translation>每秒字符数超过规则允许</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="36"/>
        <source>Han, kana, Hangul or Cyrillic letters left in the translation</source>
        <translation>译文中残留汉字、假名、韩文或西里尔字母</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="37"/>
        <source>a glossary term rendered wrongly, misspelled or missing</source>
        <translation>术语译错、拼错或漏译</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="38"/>
        <source>one name spelt two ways in the transcript</source>
        <translation>同一人名在稿中有两种拼法</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="39"/>
        <source>speech of more than a second with no segment (the audio lane&apos;s speech map)</source>
        <translation>超过一秒的语音没有对应段落（依据音频轨的语音图）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="40"/>
        <source>a segment with no speech under it (the audio lane&apos;s speech map)</source>
        <translation>段落下面没有语音（依据音频轨的语音图）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="41"/>
        <source>no text at all</source>
        <translation>完全没有文字</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="43"/>
        <source>no source text</source>
        <translation>没有原文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="44"/>
        <source>overlaps #{other} by {ms} ms</source>
        <translation>与 #{other} 重叠 {ms} 毫秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="47"/>
        <source>on screen {seconds:.2f} s (min {limit:.2f} s)</source>
        <translation>显示 {seconds:.2f} 秒（最短 {limit:.2f} 秒）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="48"/>
        <source>on screen {seconds:.2f} s (max {limit:.2f} s)</source>
        <translation>显示 {seconds:.2f} 秒（最长 {limit:.2f} 秒）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="49"/>
        <source>gap of {ms} ms to #{other} (under {frames} frames)</source>
        <translation>与 #{other} 间隔 {ms} 毫秒（不足 {frames} 帧）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="50"/>
        <source>{side}: {count} lines (max {limit})</source>
        <translation>{side}：{count} 行（最多 {limit} 行）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="51"/>
        <source>{side}: {count} characters (max {limit})</source>
        <translation>{side}：{count} 个字符（最多 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="52"/>
        <source>{side}: {count} characters, more than {lines} lines of {limit} hold</source>
        <translation>{side}：{count} 个字符，{lines} 行（每行 {limit} 个）放不下</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="53"/>
        <source>{side} line {line}: {count} characters (max {limit})</source>
        <translation>{side}第 {line} 行：{count} 个字符（最多 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="54"/>
        <source>{side}: {cps:.1f} characters a second (max {limit:g})</source>
        <translation>{side}：每秒 {cps:.1f} 个字符（最多 {limit:g} 个）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="55"/>
        <source>“{text}” left untranslated: “{rendering}”</source>
        <translation>“{text}”未翻译：应为“{rendering}”</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="56"/>
        <source>“{text}” left untranslated</source>
        <translation>“{text}”未翻译</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="57"/>
        <source>“{text}” should be “{rendering}” (glossary: {term})</source>
        <translation>“{text}”应为“{rendering}”（术语表：{term}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="58"/>
        <source>“{text}” looks like a misspelling of “{rendering}” (named in the source{others})</source>
        <translation>“{text}”疑为“{rendering}”的误拼（原文中提到{others}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="59"/>
        <source>“{text}” looks like a misspelling of “{rendering}” (named in the title or description{others})</source>
        <translation>“{text}”疑为“{rendering}”的误拼（标题或简介中提到{others}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="60"/>
        <source>“{text}” looks like a misspelling of “{rendering}” (glossary: {term}{others})</source>
        <translation>“{text}”疑为“{rendering}”的误拼（术语表：{term}{others}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="61"/>
        <source>; or {forms}</source>
        <translation>；或 {forms}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="62"/>
        <source>the source has {term} but the translation lacks “{rendering}”</source>
        <translation>原文有“{term}”，但译文中没有“{rendering}”</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="63"/>
        <source>“{text}” (once) is spelt “{majority}” {count} times elsewhere</source>
        <translation>“{text}”（1 次）在其他地方 {count} 次写作“{majority}”</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="64"/>
        <source>“{text}” ({own} times) is spelt “{majority}” {count} times elsewhere</source>
        <translation>“{text}”（{own} 次）在其他地方 {count} 次写作“{majority}”</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="65"/>
        <source>“{text}” (once) is spelt “{majority}” once elsewhere</source>
        <translation>“{text}”（1 次）在其他地方有 1 次写作“{majority}”</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="66"/>
        <source>“{text}” ({own} times) is spelt “{majority}” once elsewhere</source>
        <translation>“{text}”（{own} 次）在其他地方有 1 次写作“{majority}”</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="67"/>
        <source>no speech here (the sound has none under it)</source>
        <translation>此处没有语音（段落下面听不到说话）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="68"/>
        <source>speech with no segment: {start} to {end} ({seconds:.1f} s)</source>
        <translation>有语音而无段落：{start} 至 {end}（{seconds:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="71"/>
        <source>no such media file</source>
        <translation>媒体文件不存在</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="72"/>
        <source>no transcript beside this video (looked for {name}.srt, {name}.*.vtt, ...); open the transcript instead</source>
        <translation>视频旁边没有转写稿（找过 {name}.srt、{name}.*.vtt 等）；请改为打开转写稿</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="73"/>
        <source>the media cannot be read</source>
        <translation>无法读取该媒体</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="74"/>
        <source>the media has no sound</source>
        <translation>该媒体没有声音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="75"/>
        <source>this is {kind}, not a {what} file; nothing was read</source>
        <translation>这是{kind}，不是{what}文件；未读取任何内容</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="76"/>
        <source>the file is {size}, more than the {limit} a {what} may be; nothing was read</source>
        <translation>文件大小为 {size}，超过{what}的上限 {limit}；未读取任何内容</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="77"/>
        <source>this is {kind}; only a regular file is ever replaced</source>
        <translation>这是{kind}；只有普通文件才会被替换</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="78"/>
        <source>the file exists already</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="79"/>
        <source>this is {what} itself; choose another name</source>
        <translation>这就是{what}本身；请另选一个名称</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="80"/>
        <source>cannot read the file ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="81"/>
        <source>this is {kind}, not a {what} file</source>
        <translation>这是{kind}，不是{what}文件</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="82"/>
        <source>cannot write the file ({reason})</source>
        <translation>无法写入文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="83"/>
        <source>the file exists already (another program made it just now)</source>
        <translation>文件已存在（刚被另一个程序创建）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="84"/>
        <source>the file grew past the {limit} a {what} may be</source>
        <translation>文件增大到超过了{what}的上限 {limit}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="85"/>
        <source>the folder to write into does not exist</source>
        <translation>要写入的文件夹不存在</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="86"/>
        <source>no dialogue events found (not an ASS/SSA file?)</source>
        <translation>找不到对白事件（不是 ASS/SSA 文件？）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="87"/>
        <source>not a Bilibili subtitle file (no &quot;body&quot; list)</source>
        <translation>不是哔哩哔哩字幕文件（没有 “body” 列表）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="88"/>
        <source>the Bilibili subtitle file has no subtitles</source>
        <translation>该哔哩哔哩字幕文件里没有字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="89"/>
        <source>not a readable {format} file ({reason})</source>
        <translation>不是可读取的 {format} 文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="90"/>
        <source>not a TTML file (no &lt;tt&gt; element)</source>
        <translation>不是 TTML 文件（没有 &lt;tt&gt; 元素）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="91"/>
        <source>the TTML file has no captions</source>
        <translation>该 TTML 文件里没有字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="92"/>
        <source>not an SCC file (no &quot;Scenarist_SCC V1.0&quot; line)</source>
        <translation>不是 SCC 文件（没有 “Scenarist_SCC V1.0” 行）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="93"/>
        <source>the SCC file has no captions</source>
        <translation>该 SCC 文件里没有字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="94"/>
        <source>the table is empty</source>
        <translation>表格是空的</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="95"/>
        <source>the header needs a start column and a text, source or translation column</source>
        <translation>表头需要一个开始时间列，以及一个文本、原文或译文列</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="96"/>
        <source>no rows with times and text</source>
        <translation>没有同时带时间和文本的行</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="97"/>
        <source>not a readable CSV table ({reason})</source>
        <translation>不是可读取的 CSV 表格（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="99"/>
        <source>not a text file (it holds binary data)</source>
        <translation>不是文本文件（内含二进制数据）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="100"/>
        <source>cannot tell which text encoding the file is in</source>
        <translation>无法判断文件的文本编码</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="101"/>
        <source>the text is not valid {codec} (choose its encoding with --encoding)</source>
        <translation>文本不是有效的 {codec}（请选择它的编码）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="102"/>
        <source>unknown text encoding {name}</source>
        <translation>未知的文本编码 {name}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="103"/>
        <source>the text is not valid {codec}</source>
        <translation>文本不是有效的 {codec}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="104"/>
        <source>not valid JSON ({reason})</source>
        <translation>不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="105"/>
        <source>no &quot;segments&quot; list</source>
        <translation>没有 “segments” 列表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="106"/>
        <source>no readable segments</source>
        <translation>没有可读取的段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="107"/>
        <source>no &quot;Transcript&quot; line followed by timecoded lines</source>
        <translation>没有后接带时间码行的 “Transcript” 行</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="108"/>
        <source>the transcript has no text</source>
        <translation>转写稿没有文本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="109"/>
        <source>no text found</source>
        <translation>找不到文本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="110"/>
        <source>{format} can be exported, not imported</source>
        <translation>{format} 只能导出，不能导入</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="111"/>
        <source>{format} can be imported, not exported</source>
        <translation>{format} 只能导入，不能导出</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="112"/>
        <source>could not read this {format} file ({reason})</source>
        <translation>无法读取这个 {format} 文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="113"/>
        <source>no captions found (not an SBV file?)</source>
        <translation>找不到字幕（不是 SBV 文件？）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="114"/>
        <source>not a readable Word document</source>
        <translation>不是可读取的 Word 文档</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="115"/>
        <source>no speaker headers with timestamps found</source>
        <translation>找不到带时间戳的说话人标题</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="116"/>
        <source>no subtitle cues found (not an SRT file?)</source>
        <translation>找不到字幕条（不是 SRT 文件？）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="117"/>
        <source>no cues found (not a WebVTT file?)</source>
        <translation>找不到字幕条（不是 WebVTT 文件？）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="118"/>
        <source>not a Whisper transcript (no &quot;segments&quot; list)</source>
        <translation>不是 Whisper 转写稿（没有 “segments” 列表）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="119"/>
        <source>the Whisper transcript has no segments with text</source>
        <translation>该 Whisper 转写稿没有带文本的段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="120"/>
        <source>a checkpoint needs a name</source>
        <translation>检查点需要一个名称</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="121"/>
        <source>that revision&apos;s times are not a segment any more</source>
        <translation>该修订版本的时间已不再对应任何段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="122"/>
        <source>a glossary term needs a source form</source>
        <translation>术语需要原文写法</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="123"/>
        <source>a glossary term needs a translation</source>
        <translation>术语需要译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="124"/>
        <source>the lock is held by a Reviewer running on this machine: close it there</source>
        <translation>锁由本机上正在运行的 Reviewer 持有：请在那里关闭</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="125"/>
        <source>the split point must fall inside the segment</source>
        <translation>拆分点必须在段落之内</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="126"/>
        <source>there is no next segment to merge with</source>
        <translation>没有下一个段落可以合并</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="127"/>
        <source>a speaker needs a name</source>
        <translation>说话人需要一个名字</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="128"/>
        <source>speaker keys are 1 to 9</source>
        <translation>说话人按键为 1 到 9</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="129"/>
        <source>the project is read-only: {reason}</source>
        <translation>项目为只读：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="130"/>
        <source>could not save: the project file was removed</source>
        <translation>无法保存：项目文件已被删除</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="131"/>
        <source>could not save: the project file was replaced by another file</source>
        <translation>无法保存：项目文件已被另一个文件替换</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="132"/>
        <source>could not save: {reason}</source>
        <translation>无法保存：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="133"/>
        <source>could not save a copy: {reason}</source>
        <translation>无法保存副本：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="134"/>
        <source>could not save: the project file was removed ({reason})</source>
        <translation>无法保存：项目文件已被删除（{reason}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="135"/>
        <source>no such project file</source>
        <translation>项目文件不存在</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="136"/>
        <source>cannot replace it: it is open in another Reviewer ({owner}); close it there first</source>
        <translation>无法替换：它已在另一个 Reviewer 中打开（{owner}）；请先在那里关闭</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="137"/>
        <source>the file is empty: not a Reviewer project</source>
        <translation>文件是空的：不是 Reviewer 项目</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="138"/>
        <source>not a Reviewer project (not an SQLite file)</source>
        <translation>不是 Reviewer 项目（不是 SQLite 文件）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="139"/>
        <source>not a Reviewer project (a SQLite file of another program)</source>
        <translation>不是 Reviewer 项目（是其他程序的 SQLite 文件）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="140"/>
        <source>cannot create the project: {reason}</source>
        <translation>无法创建项目：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="141"/>
        <source>made by a newer Reviewer (schema {found}, this one reads up to {newest}); update Reviewer</source>
        <translation>由较新版本的 Reviewer 创建（结构版本 {found}，本版最高只能读取 {newest}）；请更新 Reviewer</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="142"/>
        <source>not a Reviewer project or damaged: {reason}</source>
        <translation>不是 Reviewer 项目，或已损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="143"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="144"/>
        <source>an older project that needs upgrading, and it is read-only: {reason}</source>
        <translation>这是需要升级的旧项目，但它是只读的：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="145"/>
        <source>no free name for the rescued project beside it</source>
        <translation>旁边没有可用的名称来存放抢救出的项目</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="146"/>
        <source>exists already: the rescue writes a new file, never over one</source>
        <translation>已存在：抢救只写入新文件，绝不覆盖现有文件</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="147"/>
        <source>nothing could be read from it: not a Reviewer project</source>
        <translation>什么都读不出来：不是 Reviewer 项目</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="148"/>
        <source>the glossary is empty (no header line)</source>
        <translation>术语表是空的（没有表头行）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="149"/>
        <source>the glossary is not UTF-8 text</source>
        <translation>术语表不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="150"/>
        <source>a term without a source form</source>
        <translation>有术语缺少原文写法</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="151"/>
        <source>there is a checkpoint called {name} already</source>
        <translation>已有名为“{name}”的检查点</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="152"/>
        <source>could not save: changes are still waiting to be written; a checkpoint can be named once they are</source>
        <translation>无法保存：还有修改等待写入；写入后才能命名检查点</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="153"/>
        <source>revision {revision} is not one of segment {segment}</source>
        <translation>修订版本 {revision} 不属于段落 {segment}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="154"/>
        <source>could not save the checkpoint: {reason}</source>
        <translation>无法保存检查点：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="155"/>
        <source>could not save a backup before restoring: {reason}</source>
        <translation>恢复前无法保存备份：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="156"/>
        <source>a segment must start before it ends ({start} ms, {end} ms)</source>
        <translation>段落的开始时间必须早于结束时间（{start} 毫秒，{end} 毫秒）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="157"/>
        <source>there is a speaker called {name} already</source>
        <translation>已有名为 {name} 的说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="158"/>
        <source>there is a speaker called {name} already: merge them instead</source>
        <translation>已有名为 {name} 的说话人：请改为合并两者</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="159"/>
        <source>there is no speaker called {name}</source>
        <translation>没有名为 {name} 的说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="160"/>
        <source>key {slot} belongs to another speaker</source>
        <translation>按键 {slot} 已属于另一位说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="161"/>
        <source>no segment {segment}</source>
        <translation>没有段落 {segment}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="162"/>
        <source>the header must be {expected} (found {found})</source>
        <translation>表头必须是 {expected}（实际为 {found}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="163"/>
        <source>not a CSV file: {reason}</source>
        <translation>不是 CSV 文件：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="164"/>
        <source>not valid CSV: {reason}</source>
        <translation>不是有效的 CSV：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="165"/>
        <source>{cells} cells, the header has {columns} (a comma not in quotes?)</source>
        <translation>有 {cells} 个单元格，但表头只有 {columns} 列（是否有逗号没加引号？）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="166"/>
        <source>no translation for {term}</source>
        <translation>{term} 没有译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="167"/>
        <source>not a reviewer transcript (no &quot;format&quot;: &quot;{name}&quot;)</source>
        <translation>不是 Reviewer 转写稿（没有 &quot;format&quot;: &quot;{name}&quot;）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="168"/>
        <source>transcript version {found} is not one this version of Reviewer reads (it reads {newest})</source>
        <translation>本版 Reviewer 读不了版本为 {found} 的转写稿（最高能读 {newest}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="169"/>
        <source>cannot tell the format from the name {name}; name it with -f/--format ({known})</source>
        <translation>无法从文件名 {name} 判断格式；请给文件改用常见的扩展名（可用格式：{known}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="170"/>
        <source>unknown format {name}; one of {known}</source>
        <translation>未知的格式 {name}；可用格式：{known}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="171"/>
        <source>every cue has a time past the {hours}-hour limit or before 0:00 ({first})</source>
        <translation>每条字幕的时间都超过了 {hours} 小时上限或早于 0:00（{first}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="172"/>
        <source>damaged: a value Reviewer cannot read ({kind}: {value}); nothing was changed</source>
        <translation>已损坏：有 Reviewer 读不了的值（{kind}：{value}）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="173"/>
        <source>could not upgrade from schema {version}: {reason}; the file is unchanged and a copy is at {backup}</source>
        <translation>无法从结构版本 {version} 升级：{reason}；文件未改动，副本在 {backup}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="174"/>
        <source>its schema is not the one Reviewer makes: {differences}</source>
        <translation>它的结构不是 Reviewer 创建的那种：{differences}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="175"/>
        <source>the file is damaged (SQLite&apos;s check: {check}); nothing was changed: a copy from before the damage is the safest way back</source>
        <translation>文件已损坏（SQLite 检查结果：{check}）；未做任何更改：用损坏前的副本恢复最稳妥</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="176"/>
        <source>its schema is that of version {version} but the file says {says}: not as Reviewer left it</source>
        <translation>它的结构属于版本 {version}，但文件标注为 {says}：已不是 Reviewer 留下时的样子</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="177"/>
        <source>checking the file took over {seconds} s: damaged or not a project</source>
        <translation>检查文件用了超过 {seconds} 秒：已损坏，或不是项目文件</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="178"/>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="179"/>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="180"/>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="181"/>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="182"/>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="183"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="184"/>
        <source>transcript</source>
        <translation>转写稿</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="186"/>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="187"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="188"/>
        <source>another program has the file locked</source>
        <translation>文件被另一个程序锁定</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="189"/>
        <source>opened read-only as asked</source>
        <translation>按要求以只读方式打开</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="190"/>
        <source>the file or its folder cannot be written (permissions)</source>
        <translation>文件或其所在文件夹无法写入（权限不足）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="191"/>
        <source>Undo {label}</source>
        <translation>撤销：{label}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="192"/>
        <source>Redo {label}</source>
        <translation>重做：{label}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="195"/>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="196"/>
        <source>Edit note and source</source>
        <translation>编辑备注和原文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="197"/>
        <source>Edit note and translation</source>
        <translation>编辑备注和译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="198"/>
        <source>Edit source and translation</source>
        <translation>编辑原文和译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="199"/>
        <source>Edit note and source and translation</source>
        <translation>编辑备注、原文和译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="201"/>
        <source>Set tags</source>
        <translation>设置标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="202"/>
        <source>Retime</source>
        <translation>调整时间</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="203"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="204"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="205"/>
        <source>Insert segment</source>
        <translation>插入段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="207"/>
        <source>Delete {count}</source>
        <translation>删除 {count} 个段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="208"/>
        <source>Mark unreviewed</source>
        <translation>标为未审阅</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="209"/>
        <source>Mark edited</source>
        <translation>标为已修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="210"/>
        <source>Mark approved</source>
        <translation>标为已审定</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="211"/>
        <source>Mark flagged</source>
        <translation>标为已标记</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="212"/>
        <source>Speaker {name}</source>
        <translation>说话人设为 {name}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="213"/>
        <source>Add speaker {name}</source>
        <translation>添加说话人 {name}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="214"/>
        <source>Rename {name}</source>
        <translation>重命名 {name}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="215"/>
        <source>Recolour {name}</source>
        <translation>更改 {name} 的颜色</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="216"/>
        <source>Role of {name}</source>
        <translation>{name} 的身份</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="217"/>
        <source>Key of {name}</source>
        <translation>{name} 的按键</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="218"/>
        <source>Merge {name} into {into}</source>
        <translation>把 {name} 合并到 {into}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="219"/>
        <source>Remove speaker {name}</source>
        <translation>删除说话人 {name}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="220"/>
        <source>Remove tag {tag}</source>
        <translation>去掉标签 {tag}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="221"/>
        <source>Tag {tag}</source>
        <translation>加标签 {tag}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="222"/>
        <source>Set {key}</source>
        <translation>设置 {key}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="223"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="224"/>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="225"/>
        <source>Add {file}</source>
        <translation>加入 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="226"/>
        <source>Restore checkpoint {name}</source>
        <translation>恢复到检查点“{name}”</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="227"/>
        <source>Revert #{segment} to revision {revision}</source>
        <translation>将 #{segment} 恢复到修订版本 {revision}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="228"/>
        <source>Convert script {name} ({conversion}; OpenCC {version})</source>
        <translation>转换字形 {name}（{conversion}；OpenCC {version}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="229"/>
        <source>Fix {count} segments from the glossary</source>
        <translation>按术语表修正 {count} 个段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="230"/>
        <source>Fix #{segment} from the glossary</source>
        <translation>按术语表修正 #{segment}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="231"/>
        <source>Replace “{text}” with “{replacement}”</source>
        <translation>将“{text}”替换为“{replacement}”</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="232"/>
        <source>Glossary: add {term}</source>
        <translation>术语表：添加 {term}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="233"/>
        <source>Glossary: edit {term}</source>
        <translation>术语表：编辑 {term}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="234"/>
        <source>Glossary: delete {count} terms</source>
        <translation>术语表：删除 {count} 个词条</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="235"/>
        <source>Glossary: delete {term}</source>
        <translation>术语表：删除 {term}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="236"/>
        <source>Glossary: import {file}</source>
        <translation>术语表：导入 {file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="237"/>
        <source>subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="238"/>
        <source>Simplified to Traditional</source>
        <translation>简体转繁体</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="239"/>
        <source>Traditional to Simplified</source>
        <translation>繁体转简体</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="240"/>
        <source>Simplified to Traditional (Taiwan)</source>
        <translation>简体转繁体（台湾字形）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="241"/>
        <source>Traditional (Taiwan) to Simplified</source>
        <translation>繁体（台湾）转简体</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="242"/>
        <source>Simplified to Traditional (Taiwan, with phrases)</source>
        <translation>简体转繁体（台湾，含用语转换）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="243"/>
        <source>Traditional (Taiwan) to Simplified (with phrases)</source>
        <translation>繁体（台湾）转简体（含用语转换）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="244"/>
        <source>Simplified to Traditional (Hong Kong)</source>
        <translation>简体转繁体（香港字形）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="245"/>
        <source>Traditional (Hong Kong) to Simplified</source>
        <translation>繁体（香港）转简体</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="246"/>
        <source>Traditional to Taiwan standard</source>
        <translation>繁体转台湾标准字形</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="247"/>
        <source>Traditional to Hong Kong standard</source>
        <translation>繁体转香港标准字形</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="248"/>
        <source>SubRip subtitles</source>
        <translation>SubRip 字幕</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="249"/>
        <source>WebVTT with voice spans</source>
        <translation>WebVTT（含说话人标记）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="250"/>
        <source>Advanced SubStation with speaker names</source>
        <translation>Advanced SubStation（含说话人名字）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="251"/>
        <source>Plain text transcript</source>
        <translation>纯文本转写稿</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="252"/>
        <source>Word table</source>
        <translation>Word 表格</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="253"/>
        <source>Reviewer JSON, all data</source>
        <translation>Reviewer JSON（全部数据）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="254"/>
        <source>Spreadsheet</source>
        <translation>电子表格</translation>
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
        <translation>广播字幕 CEA-608</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="258"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="259"/>
        <location filename="../reviewer/ui/commands/file.py" line="21"/>
        <source>Open a project, transcript or video</source>
        <translation>打开项目、转写稿或视频</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="260"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="261"/>
        <source>Add the other language…</source>
        <translation>添加另一种语言…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="262"/>
        <source>Pair a transcript in the other language with this one by time</source>
        <translation>按时间把另一种语言的转写稿与本稿配对</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="264"/>
        <source>Point the project at its video</source>
        <translation>为项目指定视频</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="265"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="266"/>
        <source>Write SRT, WebVTT, ASS, text, Word, JSON or CSV</source>
        <translation>导出为 SRT、WebVTT、ASS、纯文本、Word、JSON 或 CSV</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="267"/>
        <source>Save (everything is saved already)</source>
        <translation>保存（所有内容均已保存）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="268"/>
        <source>There is nothing to save: every change is in the project file at once</source>
        <translation>无需保存：每次修改都会立即写入项目文件</translation>
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
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="271"/>
        <source>Undo the last change (survives restarts)</source>
        <translation>撤销上一次修改（重启后仍有效）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="272"/>
        <source>Edit</source>
        <translation>编辑</translation>
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
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="275"/>
        <source>Show only segments holding a text</source>
        <translation>只显示包含某段文字的段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="194"/>
        <source>Edit translation</source>
        <translation>编辑译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="276"/>
        <source>Type in the translation of the current segment</source>
        <translation>在当前段落的译文中输入</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="193"/>
        <source>Edit source</source>
        <translation>编辑原文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="277"/>
        <source>Back to the list</source>
        <translation>回到列表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="278"/>
        <source>Leave the editor, keeping the edit</source>
        <translation>离开编辑区，保留修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="279"/>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="280"/>
        <source>Write a note on the segment</source>
        <translation>为段落写备注</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="281"/>
        <source>Split at playhead</source>
        <translation>在播放头处拆分</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="282"/>
        <source>Split the segment at the playhead (text at the cursor)</source>
        <translation>在播放头处拆分段落（文字从光标处拆开）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="283"/>
        <source>Merge with next</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="284"/>
        <source>New segment at playhead</source>
        <translation>在播放头处新建段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="285"/>
        <source>Delete segments</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="286"/>
        <source>Set start at playhead</source>
        <translation>把开始时间设为播放头</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="287"/>
        <source>Set end at playhead</source>
        <translation>把结束时间设为播放头</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="288"/>
        <source>Start 100 ms earlier</source>
        <translation>开始时间提前 100 毫秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="289"/>
        <source>Start 100 ms later</source>
        <translation>开始时间推后 100 毫秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="290"/>
        <source>End 100 ms earlier</source>
        <translation>结束时间提前 100 毫秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="291"/>
        <source>End 100 ms later</source>
        <translation>结束时间推后 100 毫秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="292"/>
        <source>Approve and next</source>
        <translation>审定并转到下一个</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="293"/>
        <source>Approve the current segment and go to the next</source>
        <translation>审定当前段落并转到下一个</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="294"/>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="295"/>
        <source>Flag / unflag</source>
        <translation>标记/取消标记</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="296"/>
        <source>Mark for a second look</source>
        <translation>标记出来，稍后再看</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="297"/>
        <source>Next unreviewed</source>
        <translation>下一个未审阅</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="200"/>
        <source>Clear speaker</source>
        <translation>清除说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="45"/>
        <source>starts at or after the clip&apos;s end ({end}); exports leave it out</source>
        <translation>在视频结束（{end}）时或之后才开始；导出时会略去</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="46"/>
        <source>runs {seconds:.1f} s past the clip&apos;s end ({end}); exports cut it there</source>
        <translation>越过视频结尾（{end}）{seconds:.1f} 秒；导出时在结尾截断</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="298"/>
        <source>Clear speaker (while typing)</source>
        <translation>清除说话人（输入时）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="299"/>
        <source>New speaker…</source>
        <translation>新建说话人…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="300"/>
        <source>Type a name: a new speaker on the next free key, given to the selection</source>
        <translation>输入名字：新建说话人，分配下一个空闲按键，并指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="301"/>
        <source>Speaker 1</source>
        <translation>说话人 1</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="302"/>
        <source>Give the selected segments the speaker on key 1</source>
        <translation>把按键 1 对应的说话人指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="303"/>
        <source>Speaker 1 (while typing)</source>
        <translation>说话人 1（输入时）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="304"/>
        <source>Speaker 2</source>
        <translation>说话人 2</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="305"/>
        <source>Give the selected segments the speaker on key 2</source>
        <translation>把按键 2 对应的说话人指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="306"/>
        <source>Speaker 2 (while typing)</source>
        <translation>说话人 2（输入时）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="307"/>
        <source>Speaker 3</source>
        <translation>说话人 3</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="308"/>
        <source>Give the selected segments the speaker on key 3</source>
        <translation>把按键 3 对应的说话人指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="309"/>
        <source>Speaker 3 (while typing)</source>
        <translation>说话人 3（输入时）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="310"/>
        <source>Speaker 4</source>
        <translation>说话人 4</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="311"/>
        <source>Give the selected segments the speaker on key 4</source>
        <translation>把按键 4 对应的说话人指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="312"/>
        <source>Speaker 4 (while typing)</source>
        <translation>说话人 4（输入时）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="313"/>
        <source>Speaker 5</source>
        <translation>说话人 5</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="314"/>
        <source>Give the selected segments the speaker on key 5</source>
        <translation>把按键 5 对应的说话人指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="315"/>
        <source>Speaker 5 (while typing)</source>
        <translation>说话人 5（输入时）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="316"/>
        <source>Speaker 6</source>
        <translation>说话人 6</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="317"/>
        <source>Give the selected segments the speaker on key 6</source>
        <translation>把按键 6 对应的说话人指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="318"/>
        <source>Speaker 6 (while typing)</source>
        <translation>说话人 6（输入时）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="319"/>
        <source>Speaker 7</source>
        <translation>说话人 7</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="320"/>
        <source>Give the selected segments the speaker on key 7</source>
        <translation>把按键 7 对应的说话人指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="321"/>
        <source>Speaker 7 (while typing)</source>
        <translation>说话人 7（输入时）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="322"/>
        <source>Speaker 8</source>
        <translation>说话人 8</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="323"/>
        <source>Give the selected segments the speaker on key 8</source>
        <translation>把按键 8 对应的说话人指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="324"/>
        <source>Speaker 8 (while typing)</source>
        <translation>说话人 8（输入时）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="325"/>
        <source>Speaker 9</source>
        <translation>说话人 9</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="326"/>
        <source>Give the selected segments the speaker on key 9</source>
        <translation>把按键 9 对应的说话人指定给所选段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="327"/>
        <source>Speaker 9 (while typing)</source>
        <translation>说话人 9（输入时）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="328"/>
        <source>Toggle tag 1</source>
        <translation>切换标签 1</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="329"/>
        <source>Add or remove the tag on key Ctrl+1</source>
        <translation>添加或移除 Ctrl+1 对应的标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="330"/>
        <source>Toggle tag 2</source>
        <translation>切换标签 2</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="331"/>
        <source>Add or remove the tag on key Ctrl+2</source>
        <translation>添加或移除 Ctrl+2 对应的标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="332"/>
        <source>Toggle tag 3</source>
        <translation>切换标签 3</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="333"/>
        <source>Add or remove the tag on key Ctrl+3</source>
        <translation>添加或移除 Ctrl+3 对应的标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="334"/>
        <source>Toggle tag 4</source>
        <translation>切换标签 4</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="335"/>
        <source>Add or remove the tag on key Ctrl+4</source>
        <translation>添加或移除 Ctrl+4 对应的标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="336"/>
        <source>Toggle tag 5</source>
        <translation>切换标签 5</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="337"/>
        <source>Add or remove the tag on key Ctrl+5</source>
        <translation>添加或移除 Ctrl+5 对应的标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="338"/>
        <source>Toggle tag 6</source>
        <translation>切换标签 6</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="339"/>
        <source>Add or remove the tag on key Ctrl+6</source>
        <translation>添加或移除 Ctrl+6 对应的标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="340"/>
        <source>Toggle tag 7</source>
        <translation>切换标签 7</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="341"/>
        <source>Add or remove the tag on key Ctrl+7</source>
        <translation>添加或移除 Ctrl+7 对应的标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="342"/>
        <source>Toggle tag 8</source>
        <translation>切换标签 8</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="343"/>
        <source>Add or remove the tag on key Ctrl+8</source>
        <translation>添加或移除 Ctrl+8 对应的标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="344"/>
        <source>Toggle tag 9</source>
        <translation>切换标签 9</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="345"/>
        <source>Add or remove the tag on key Ctrl+9</source>
        <translation>添加或移除 Ctrl+9 对应的标签</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="346"/>
        <source>Play / pause</source>
        <translation>播放/暂停</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="347"/>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="348"/>
        <source>Play / pause (anywhere)</source>
        <translation>播放/暂停（任何位置）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="349"/>
        <source>Replay segment</source>
        <translation>重播段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="350"/>
        <source>Play the current segment from its start</source>
        <translation>从头播放当前段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="351"/>
        <source>Loop segment</source>
        <translation>循环播放段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="352"/>
        <source>Back 2 s</source>
        <translation>后退 2 秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="353"/>
        <source>Forward 2 s</source>
        <translation>前进 2 秒</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="354"/>
        <source>Slower</source>
        <translation>减速</translation>
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
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="358"/>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="359"/>
        <source>Follow playback</source>
        <translation>跟随播放</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="360"/>
        <source>Keep the playing segment selected and in view</source>
        <translation>让正在播放的段落保持选中并可见</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="361"/>
        <source>Pause while typing</source>
        <translation>输入时暂停</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="362"/>
        <source>Command palette…</source>
        <translation>命令面板…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="363"/>
        <source>Every action by name, with its key</source>
        <translation>按名称列出所有操作及其按键</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="364"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="367"/>
        <source>Next problem</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="368"/>
        <source>Go to the next problem of any kind</source>
        <translation>转到下一个问题（任何类型）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="369"/>
        <source>Previous problem</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="370"/>
        <source>Fix from the glossary</source>
        <translation>按术语表修正</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="371"/>
        <source>Apply the glossary form (or the form the transcript uses most) to the current segment&apos;s translation</source>
        <translation>把术语表中的写法（或稿中最常用的写法）用到当前段落的译文</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="372"/>
        <source>Fix all from the glossary…</source>
        <translation>全部按术语表修正…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="374"/>
        <source>New glossary term from selection…</source>
        <translation>用所选文字新建术语…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="375"/>
        <source>Make a glossary term of the text selected in the editor; type its translation</source>
        <translation>把编辑区中选中的文字建为术语，再输入其译法</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="377"/>
        <source>Find and replace…</source>
        <translation>查找和替换…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="378"/>
        <source>Find (plain, whole word, regex, fuzzy) and replace, one or all</source>
        <translation>查找（普通、全字、正则、模糊）并替换，逐个或全部</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="379"/>
        <source>Convert Chinese script…</source>
        <translation>转换中文字形…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="380"/>
        <source>Convert the source text with OpenCC (s2t, t2s, s2hk...) as one step</source>
        <translation>用 OpenCC 转换原文（s2t、t2s、s2hk 等），作为一步完成</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="381"/>
        <source>Check preferences…</source>
        <translation>检查规则…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="382"/>
        <source>Line length, reading speed and timing rules of the checks</source>
        <translation>检查所用的行长度、阅读速度和时间规则</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="384"/>
        <source>Write a copy of the project (and any unsaved changes) to another file</source>
        <translation>把项目（连同未保存的修改）写入另一个文件</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="385"/>
        <source>Segment history</source>
        <translation>段落修订历史</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="386"/>
        <source>Every revision of the current segment, with what changed; revert to any</source>
        <translation>当前段落的每次修订及改动内容；可恢复到任何一次</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="387"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="388"/>
        <source>Project timeline…</source>
        <translation>项目时间线…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="389"/>
        <source>Every revision of the project, filtered by author and time</source>
        <translation>项目的所有修订，可按修改人和时间筛选</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="390"/>
        <source>Name a checkpoint…</source>
        <translation>命名检查点…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="391"/>
        <source>Name the project&apos;s state now, to compare with or send changes since later</source>
        <translation>为项目当前状态命名，日后可与之比较或发送此后的修改</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="392"/>
        <source>Compare with a checkpoint…</source>
        <translation>与检查点比较…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="393"/>
        <source>What changed since a checkpoint; export it as Word tracked changes or CSV</source>
        <translation>检查点以来的改动；可导出为 Word 修订稿或 CSV</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="394"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="395"/>
        <source>What Reviewer does, your name, and the ten keys that matter</source>
        <translation>Reviewer 的用途、你的名字和最常用的十个按键</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="396"/>
        <source>Wrap long text in the list</source>
        <translation>列表中长文字自动换行</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="397"/>
        <source>Show the whole text of long segments in the list (rows grow to fit)</source>
        <translation>在列表中显示长段落的全文（行高随内容增加）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="398"/>
        <source>Audio lane</source>
        <translation>音频轨</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="399"/>
        <source>Show or hide the waveform, speech and segments under the video</source>
        <translation>在视频下方显示或隐藏波形、语音和段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="400"/>
        <source>New segment over untranscribed speech</source>
        <translation>在未转写的语音上新建段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="401"/>
        <source>Make a segment over the next speech that has none</source>
        <translation>在下一段没有段落的语音上建立段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="402"/>
        <source>Snap boundary to speech</source>
        <translation>边界对齐语音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="403"/>
        <source>Move the boundary nearest the playhead to the nearest speech onset or offset</source>
        <translation>把离播放头最近的边界移到最近的语音起点或终点</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="404"/>
        <source>Next speech</source>
        <translation>下一段语音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="405"/>
        <source>Previous speech</source>
        <translation>上一段语音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="406"/>
        <source>Zoom the audio lane in</source>
        <translation>放大音频轨</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="407"/>
        <source>Zoom the audio lane out</source>
        <translation>缩小音频轨</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="408"/>
        <source>Next audio track</source>
        <translation>下一条音轨</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="409"/>
        <source>Hear the media&apos;s next sound track (a broadcast file&apos;s other language)</source>
        <translation>听媒体的下一条音轨（广播文件的另一种语言）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="410"/>
        <source>Quick-seek copies</source>
        <translation>快速定位副本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="411"/>
        <source>Play a copy with a keyframe every half second of a video whose keyframes are far apart (made once, in the background)</source>
        <translation>视频关键帧相隔很远时，播放它每半秒一个关键帧的副本（在后台制作一次）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="412"/>
        <source>Problems panel</source>
        <translation>问题面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="413"/>
        <source>Show the Problems panel and go to it</source>
        <translation>显示并转到问题面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="414"/>
        <source>Glossary panel</source>
        <translation>术语表面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="415"/>
        <source>Show the Glossary panel and go to it</source>
        <translation>显示并转到术语表面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="416"/>
        <source>Speakers panel</source>
        <translation>说话人面板</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="417"/>
        <source>Go to the speaker list (rename, re-key, recolour); Esc comes back</source>
        <translation>转到说话人列表（重命名、改按键、改颜色）；按 Esc 返回</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="418"/>
        <source>Segment list</source>
        <translation>段落列表</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="419"/>
        <source>Back to the segment list from anywhere, the same segment selected (or Esc)</source>
        <translation>从任何位置回到段落列表，仍选中同一段落（或按 Esc）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="420"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="421"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="422"/>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="424"/>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="425"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="426"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/catalogue_sources.py" line="427"/>
        <source>Speakers</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="457"/>
        <source>No media: the project has no video to hear</source>
        <translation>无媒体：项目没有可以听的视频</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="460"/>
        <source>The media is missing: {file}</source>
        <translation>找不到媒体文件：{file}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="471"/>
        <source>The sound cannot be analysed here ({error})</source>
        <translation>无法在此分析声音（{error}）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="478"/>
        <source>The sound is analysed when the lane is shown</source>
        <translation>显示音频轨时才会分析声音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="504"/>
        <location filename="../reviewer/ui/audio_lane.py" line="520"/>
        <source>Analysing the sound… {percent}%</source>
        <translation>正在分析声音… {percent}%</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="538"/>
        <source>Finding the speech…</source>
        <translation>正在查找语音…</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="550"/>
        <source>exit status {code}</source>
        <translation>退出状态 {code}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="554"/>
        <source>The sound could not be analysed: {why}</source>
        <translation>无法分析声音：{why}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="565"/>
        <source>The sound could not be analysed: no cache was written</source>
        <translation>无法分析声音：没有写入缓存</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="574"/>
        <source>The sound could not be analysed: the helper did not start</source>
        <translation>无法分析声音：辅助程序未能启动</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="653"/>
        <source>Every stretch of speech has a segment</source>
        <translation>每段语音都有对应的段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="661"/>
        <source>New segment over the speech at {time}</source>
        <translation>已在 {time} 的语音上新建段落</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="671"/>
        <source>Still finding the speech: a moment</source>
        <translation>仍在查找语音，请稍候</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="673"/>
        <source>The detector found no speech in this clip</source>
        <translation>检测器在此片段中没有发现语音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="675"/>
        <source>No speech map yet: show the audio lane (Ctrl+Shift+A)</source>
        <translation>还没有语音图：请显示音频轨（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_lane.py" line="677"/>
        <source>No speech map: {why}</source>
        <translation>没有语音图：{why}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_tracks.py" line="38"/>
        <source>Audio track</source>
        <translation>音轨</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_tracks.py" line="51"/>
        <source>No sound to choose from</source>
        <translation>没有可选的声音</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_tracks.py" line="77"/>
        <source>Hearing {track}; the audio lane and the speech checks use it</source>
        <translation>正在听{track}；音频轨与语音检查都用它</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_tracks.py" line="88"/>
        <source>The media has no other sound track</source>
        <translation>此媒体没有别的音轨</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/audio_tracks.py" line="97"/>
        <source>Track {number}</source>
        <translation>音轨 {number}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="92"/>
        <source>Moves in this video decode from keyframes far apart. Reviewer is making a copy of it with a keyframe every half second, at low priority; playback goes on meanwhile, and the copy plays from the next pause.</source>
        <translation>这个视频的关键帧相隔很远，每次跳转都要从关键帧解码。Reviewer 正在以低优先级制作一个每半秒一个关键帧的副本；播放不受影响，副本在下次暂停时开始使用。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="70"/>
        <source>Quick-seek copy</source>
        <translation>快速定位副本</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="74"/>
        <source>Moves in this video show at once: Reviewer plays its copy with a keyframe every half second (at most 720 lines). The project, the audio lane, the checks and the exports use the video itself. Playback &gt; Quick-seek copies turns it off.</source>
        <translation>这个视频的跳转即时显示：Reviewer 播放它每半秒一个关键帧的副本（最多 720 行）。项目、音频轨、检查和导出仍使用视频本身。可在“播放 &gt; 快速定位副本”中关闭。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="87"/>
        <source>Making quick-seek copy: {percent} %</source>
        <translation>正在制作快速定位副本：{percent} %</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="106"/>
        <source>Moves in {file} are slow: its keyframes are far apart. Install FFmpeg and Reviewer makes a quick-seek copy of it.</source>
        <translation>{file} 的关键帧相隔很远，跳转较慢。安装 FFmpeg 后，Reviewer 会为它制作快速定位副本。</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="110"/>
        <source>No quick-seek copy of {file}: not enough free space in {folder}</source>
        <translation>未制作 {file} 的快速定位副本：{folder} 的可用空间不足</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="116"/>
        <source>its frames would not keep the video&apos;s times</source>
        <translation>副本的帧无法保持视频原有的时间</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="120"/>
        <source>No quick-seek copy of {file}: {reason}</source>
        <translation>未制作 {file} 的快速定位副本：{reason}</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="129"/>
        <source>Now using the quick-seek copy of {file}: moves show at once</source>
        <translation>现在使用 {file} 的快速定位副本：跳转即时显示</translation>
    </message>
    <message>
        <location filename="../reviewer/ui/seek_copies.py" line="131"/>
        <source>Now using {file} itself, not its quick-seek copy</source>
        <translation>现在使用 {file} 本身，而非其快速定位副本</translation>
    </message>
</context>
</TS>
