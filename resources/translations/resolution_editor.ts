<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../editor/gui/document_view/view.py" line="384"/>
        <source>This part of the line is not text: edit the proposal line and the other fixed parts in Properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_view/view.py" line="454"/>
        <source>This clause cannot go a level deeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_view/view.py" line="454"/>
        <source>This clause is not a sub-item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_view/view.py" line="492"/>
        <source>Paste several paragraphs inside a clause or on a section keyword.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_view/view.py" line="562"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_view/view.py" line="563"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_view/view.py" line="565"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_view/view.py" line="566"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_view/view.py" line="567"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_view/view.py" line="569"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../editor/gui/export_menu.py" line="29"/>
        <source>Export &amp;Word Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_menu.py" line="30"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_menu.py" line="31"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_menu.py" line="33"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_menu.py" line="46"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../editor/gui/find_replace.py" line="27"/>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_replace.py" line="30"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_replace.py" line="33"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_replace.py" line="35"/>
        <source>Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_replace.py" line="40"/>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_replace.py" line="41"/>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_replace.py" line="42"/>
        <location filename="../../editor/gui/find_replace.py" line="102"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_replace.py" line="43"/>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_replace.py" line="44"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_replace.py" line="80"/>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/find_replace.py" line="82"/>
        <source>%n match(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/find_replace.py" line="113"/>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/find_replace.py" line="114"/>
        <source>Replaced %n occurrence(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/main_window.py" line="104"/>
        <source>New &amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="105"/>
        <source>New &amp;Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="106"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="107"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="108"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="109"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="110"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="112"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="114"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="115"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="116"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="117"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="118"/>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="119"/>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="120"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="121"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="122"/>
        <source>New &amp;Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="123"/>
        <source>Into Sub-item &amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="124"/>
        <source>&amp;Out of Sub-item Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="125"/>
        <source>&amp;Track Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="126"/>
        <source>Record every edit as an insertion or deletion against the base text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="128"/>
        <source>&amp;Author Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="136"/>
        <source>&amp;About Resolution Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="137"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="141"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="143"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="149"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="155"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="158"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="159"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="163"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="171"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="213"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="229"/>
        <source>Track Changes: On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="229"/>
        <source>Track Changes: Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/main_window.py" line="235"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/main_window.py" line="235"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="238"/>
        <source>View: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="250"/>
        <source>Track Changes is not available in an ADD proposal: the whole text is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="259"/>
        <source>The document has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="267"/>
        <source>The editor was not closed normally. Restore the autosaved copy of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="273"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="273"/>
        <location filename="../../editor/gui/main_window.py" line="278"/>
        <source>Resolution documents (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="278"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="288"/>
        <source>Your name or administration, as revision marks show it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="296"/>
        <source>About Resolution Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="297"/>
        <source>&lt;h3&gt;Resolution Editor&lt;/h3&gt;&lt;p&gt;Draft ITU resolutions and the proposals that change them (ADD, MOD, SUP, NOC), offline, with real revision marks.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="348"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="42"/>
        <source>&amp;Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="43"/>
        <source>&amp;Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="44"/>
        <source>&amp;Accept Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="45"/>
        <source>&amp;Reject Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="46"/>
        <source>Accept A&amp;ll Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="47"/>
        <source>Reject All C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="48"/>
        <source>&amp;Compare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="49"/>
        <source>New &amp;MOD Proposal from Resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="73"/>
        <source>No more changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="104"/>
        <source>There is no change at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="107"/>
        <source>Accept change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="107"/>
        <source>Reject change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="113"/>
        <source>Accept all changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="113"/>
        <source>Reject all changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="159"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="159"/>
        <source>Resolution documents (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="163"/>
        <source>New MOD proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="164"/>
        <source>Place and year of the conference (for example: Geneva, 2022):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_actions.py" line="169"/>
        <source>Write the conference as Place, Year (for example: Geneva, 2022).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../editor/gui/export_actions.py" line="58"/>
        <location filename="../../editor/gui/export_actions.py" line="73"/>
        <source>Export</source>
        <extracomment>The views offered, in the words of the View menu (editor.export.blocks.EXPORT_VIEWS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_actions.py" line="65"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_actions.py" line="66"/>
        <source>Export the document as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_actions.py" line="124"/>
        <source>Writing %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_actions.py" line="157"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_actions.py" line="166"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
