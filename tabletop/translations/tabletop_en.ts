<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChannelsTab</name>
    <message numerus="yes">
        <source>The deck uses all %n channel(s) of the shared catalog as they are. To leave some out or change one (its status, its latency …), list them.</source>
        <translation>
            <numerusform>The deck uses the %n channel of the shared catalog as it is. To leave it out or change it (its status, its latency …), list it.</numerusform>
            <numerusform>The deck uses all %n channels of the shared catalog as they are. To leave some out or change one (its status, its latency …), list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareSessionsDialog</name>
    <message numerus="yes">
        <source>Comparing %n section(s)…</source>
        <translation>
            <numerusform>Comparing %n section…</numerusform>
            <numerusform>Comparing %n sections…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionLogModel</name>
    <message numerus="yes">
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Amended once</numerusform>
            <numerusform>Amended %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionLogPanel</name>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{decisions}, %n message(s) NOT delivered</source>
        <translation>
            <numerusform>{decisions}, %n message NOT delivered</numerusform>
            <numerusform>{decisions}, %n messages NOT delivered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckActions</name>
    <message numerus="yes">
        <source>Imported %n inject(s) from {file}</source>
        <translation>
            <numerusform>Imported %n inject from {file}</numerusform>
            <numerusform>Imported %n injects from {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported} (%n note(s))</source>
        <translation>
            <numerusform>{imported} (%n note)</numerusform>
            <numerusform>{imported} (%n notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n note(s): {first})</source>
        <translation>
            <numerusform>Wrote {file} (%n note: {first})</numerusform>
            <numerusform>Wrote {file} (%n notes: {first})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deck has %n error(s); the problem list shows where. Fix them, then print the cards again.</source>
        <translation>
            <numerusform>The deck has %n error; the problem list shows where. Fix it, then print the cards again.</numerusform>
            <numerusform>The deck has %n errors; the problem list shows where. Fix them, then print the cards again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deck has %n error(s); the problem list shows where. Fix them, then try it again.</source>
        <translation>
            <numerusform>The deck has %n error; the problem list shows where. Fix it, then try it again.</numerusform>
            <numerusform>The deck has %n errors; the problem list shows where. Fix them, then try it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to {file}</source>
        <translation>
            <numerusform>Wrote %n card to {file}</numerusform>
            <numerusform>Wrote %n cards to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckEditorWindow</name>
    <message numerus="yes">
        <source>{file} has %n comment(s) that the editor cannot keep (the first on line {line}); the comment block at the top of the file is kept. Saving over the file removes them.</source>
        <translation>
            <numerusform>{file} has %n comment that the editor cannot keep (on line {line}); the comment block at the top of the file is kept. Saving over the file removes it.</numerusform>
            <numerusform>{file} has %n comments that the editor cannot keep (the first on line {line}); the comment block at the top of the file is kept. Saving over the file removes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file has %n comment(s) the editor cannot keep (the first on line {line}); you will be asked before they are removed.</source>
        <translation>
            <numerusform>This file has %n comment the editor cannot keep (on line {line}); you will be asked before it is removed.</numerusform>
            <numerusform>This file has %n comments the editor cannot keep (the first on line {line}); you will be asked before they are removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckForm</name>
    <message numerus="yes">
        <source>the deck&apos;s own ladder, %n level(s) (edit it in the YAML file; the editor keeps it)</source>
        <translation>
            <numerusform>the deck&apos;s own ladder, %n level (edit it in the YAML file; the editor keeps it)</numerusform>
            <numerusform>the deck&apos;s own ladder, %n levels (edit it in the YAML file; the editor keeps it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckList</name>
    <message numerus="yes">
        <source>%n team(s): {teams}</source>
        <translation>
            <numerusform>%n team: {teams}</numerusform>
            <numerusform>%n teams: {teams}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s)</source>
        <translation>
            <numerusform>%n inject</numerusform>
            <numerusform>%n injects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalationMeter</name>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message numerus="yes">
        <source>{tag} = {team}: believes the other side is at {level}, %n rung(s) too high</source>
        <translation>
            <numerusform>{tag} = {team}: believes the other side is at {level}, %n rung too high</numerusform>
            <numerusform>{tag} = {team}: believes the other side is at {level}, %n rungs too high</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tag} = {team}: believes the other side is at {level}, %n rung(s) too low</source>
        <translation>
            <numerusform>{tag} = {team}: believes the other side is at {level}, %n rung too low</numerusform>
            <numerusform>{tag} = {team}: believes the other side is at {level}, %n rungs too low</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message numerus="yes">
        <source>Observations suggest {rating} (%n rated)</source>
        <translation>
            <numerusform>Observations suggest {rating} (%n rated)</numerusform>
            <numerusform>Observations suggest {rating} (%n rated)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRecordDialog</name>
    <message numerus="yes">
        <source>Wrote a ZIP of the deck, the log, the decisions, the report and a manifest to {path} (%n event(s)).</source>
        <translation>
            <numerusform>Wrote a ZIP of the deck, the log, the decisions, the report and a manifest to {path} (%n event).</numerusform>
            <numerusform>Wrote a ZIP of the deck, the log, the decisions, the report and a manifest to {path} (%n events).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the event log as JSON Lines to {path} (%n event(s)).</source>
        <translation>
            <numerusform>Wrote the event log as JSON Lines to {path} (%n event).</numerusform>
            <numerusform>Wrote the event log as JSON Lines to {path} (%n events).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the decisions and messages as CSV to {path} (%n event(s)).</source>
        <translation>
            <numerusform>Wrote the decisions and messages as CSV to {path} (%n event).</numerusform>
            <numerusform>Wrote the decisions and messages as CSV to {path} (%n events).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InjectForm</name>
    <message numerus="yes">
        <source>%n branch(es) or next(s) lead to &apos;{inject}&apos;. Delete it anyway? The problem list will show where they point now (Undo brings it back).</source>
        <translation>
            <numerusform>%n branch or next leads to &apos;{inject}&apos;. Delete it anyway? The problem list will show where it points now (Undo brings it back).</numerusform>
            <numerusform>%n branches or nexts lead to &apos;{inject}&apos;. Delete it anyway? The problem list will show where they point now (Undo brings it back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latency</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MselImportDialog</name>
    <message numerus="yes">
        <source>%n inject(s) will be imported; {notes} below.</source>
        <translation>
            <numerusform>%n inject will be imported; {notes} below.</numerusform>
            <numerusform>%n injects will be imported; {notes} below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s) will be imported.</source>
        <translation>
            <numerusform>%n inject will be imported.</numerusform>
            <numerusform>%n injects will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until they are fixed (choose other fields, or fix the spreadsheet).</source>
        <translation>
            <numerusform>%n error: nothing can be imported until it is fixed (choose other fields, or fix the spreadsheet).</numerusform>
            <numerusform>%n errors: nothing can be imported until they are fixed (choose other fields, or fix the spreadsheet).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message numerus="yes">
        <source>{file}: the deck stored in the session cannot be read. To recover its %n intact event(s), choose the deck file it was started from.</source>
        <translation>
            <numerusform>{file}: the deck stored in the session cannot be read. To recover its %n intact event, choose the deck file it was started from.</numerusform>
            <numerusform>{file}: the deck stored in the session cannot be read. To recover its %n intact events, choose the deck file it was started from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intact event(s) were saved into {file}. The damaged file was left as it was. Resume the recovered session from the list.</source>
        <translation>
            <numerusform>%n intact event was saved into {file}. The damaged file was left as it was. Resume the recovered session from the list.</numerusform>
            <numerusform>%n intact events were saved into {file}. The damaged file was left as it was. Resume the recovered session from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSetupWindow</name>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s).</source>
        <translation>
            <numerusform>%n inject.</numerusform>
            <numerusform>%n injects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message numerus="yes">
        <source>%n more unfinished session(s) are in the list.</source>
        <translation>
            <numerusform>%n more unfinished session is in the list.</numerusform>
            <numerusform>%n more unfinished sessions are in the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionTally</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDevicesDialog</name>
    <message numerus="yes">
        <source>%n device(s) connected ({addresses})</source>
        <translation>
            <numerusform>%n device connected ({addresses})</numerusform>
            <numerusform>%n devices connected ({addresses})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handout(s) for {team} saved to {path}: hand each page over when its inject is delivered.</source>
        <translation>
            <numerusform>%n handout for {team} saved to {path}: hand each page over when its inject is delivered.</numerusform>
            <numerusform>%n handouts for {team} saved to {path}: hand each page over when its inject is delivered.</numerusform>
        </translation>
    </message>
</context>
</TS>
