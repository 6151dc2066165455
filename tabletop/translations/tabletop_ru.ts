<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend decision {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave all unticked to send to every team on the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested escalation change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original stays in the session&apos;s log; the report shows the amended decision. An agreement to open a channel cannot be moved: withdraw it and record a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original stays in the session&apos;s log; the report shows the amended decision. A message moved to another team or channel is sent again as of the moment it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;scalation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none: an action, not a message —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unknown arguments: {arguments}. Use &apos;tabletop run DECK&apos; or &apos;tabletop resume FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabletop met an unexpected problem. Everything recorded so far is saved in the session file; you can carry on, or close and resume the session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchBox</name>
    <message>
        <source>&lt;b&gt;Branch {number}&lt;/b&gt; — if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short name shown to the facilitator (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {number} label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this branch up (it is tried earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this branch up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this branch down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a test that must hold as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {number} goes to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchEditor</name>
    <message>
        <source>Add a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next standard inject in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move branch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelBoard</name>
    <message>
        <source>Set to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} is open. Click to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} is degraded. Click to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} is closed. Click to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} is only proposed. Click to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed so far: {agreed}; waiting for {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelChanges</name>
    <message>
        <source>Add a channel change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change channel effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove channel effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel effect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which channel of the shared catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the deck&apos;s own channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party ids that can use it; * means anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. leaders&apos; line, military line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the catalog (or open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open and degraded channels carry messages; closed and proposed ones do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario minutes from sending to receipt when open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the catalog (or two-way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot carry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deck&apos;s own channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the shared catalog, as it is there; any field you set here changes it for this deck only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the shared catalog, with this deck&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (as in the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelStatus</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>The deck lists its own channels: catalog channels (as they are, or changed for this deck) and channels of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the whole shared catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The deck uses all %n channel(s) of the shared catalog as they are. To leave some out or change one (its status, its latency …), list them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List the channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the whole channel catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <source>Scenario time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day}  {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario time · ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario time · running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario time · running · ×{speed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario time · PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the class has spent on the exercise, pauses left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise time · now {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} (F9)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSessionsDialog</name>
    <message>
        <source>Compare class sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the sessions to compare side by side (two or more, of the same deck). Sessions still running can be compared; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add session files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (*.tabletop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n section(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test yet: add one below (the branch is taken only when its tests hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit branch condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Escalation is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel&apos;s status is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inject was delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agreement to open a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whatever happened to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that got through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that did not get through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a test to this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {inject} was delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Record the decision (in the decision text or tags field); take the highlighted tag (in the list of tag suggestions); amend the selected decision (in the decision log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list of tag suggestions without taking one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the decision text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected decision (in the decision log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on or off (on the projector window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a deck and start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open deck file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session from a deck file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume session file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a session file where it was left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;deck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new deck in the deck editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit this session&apos;s deck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the deck this session was started from in the deck editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export after-action report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the after-action report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the event log, the decisions or an evidence package of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare class sections that played this deck, side by side (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this session (everything is saved) and go to the start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit tabletop (everything is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the inject the branches select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip inject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip an inject, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliver a chosen inject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver any inject not yet played, e.g. a contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause or resume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise escalation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lower escalation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the decision text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an &amp;observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the observation field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuate the current inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the expected actions and rate the objectives (F8 again goes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note as a s&amp;trength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note as an area for &amp;improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the latest recorded action (the log keeps both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot wash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths, areas for improvement, after-action questions, plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let teams play from their own phones and laptops: QR codes, join cards, devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session; the hot wash and report stay available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the players&apos; window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector &amp;full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold the projector (blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the projector until you release it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset panel layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About tabletop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot wash and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Session file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session} (ended) — tabletop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session} — tabletop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} is now OPEN: every party has agreed ({decision}, {team}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision}: {team} agrees to open {channel}. Agreed so far: {agreed}; it opens when {waiting} agree too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision}: {team}&apos;s agreement recorded ({channel} is {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation ({judged} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the expected actions and rate the objectives of an inject (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next inject pressed twice in quick succession: one inject was delivered. Press again to deliver the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session now? No more injects or decisions can be recorded. The hot wash, observations and improvement plan stay editable, and the report can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Export the after-action report with File → Export after-action report (Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the after-action report is not available in this installation of tabletop. The session file holds everything needed to build it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck file this session started from is no longer where it was ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About tabletop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run crisis tabletop exercises in a classroom: inject decks, a facilitator console, a projector view and an after-action report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentInjectPanel</name>
    <message>
        <source>Current inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;b&gt;Session → Hot wash&lt;/b&gt; to record strengths, areas for improvement and the improvement plan, then &lt;b&gt;File → Export after-action report&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {teams}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not shown on the projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next inject (F5) to deliver the first inject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to begin: {deck}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionKind</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to open a channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionLogModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrives {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>esc. {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} by {team} ({kind}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit, arrives {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {teams}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Amended %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} is degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} is only proposed, not yet agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionLogPanel</name>
    <message>
        <source>Decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected decision (Enter, or double-click a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected decision (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{decisions}, %n message(s) NOT delivered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw decision {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw “{text}”? It stays in the log, marked withdrawn. Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRecorder</name>
    <message>
        <source>Open: a message over it will be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: a message over it will be recorded as NOT delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only proposed, not yet agreed: a message over it will be recorded as NOT delivered. Record an “Agree to open a channel” decision from each party to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded: a message over it will arrive late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave all unticked to send to every team on the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team decided or said. Enter records it; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested escalation change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>esc. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested change to the escalation level (−10 to +10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision (Enter in the decision field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none: an action, not a message —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} was taken back (undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended: no more decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} recorded for {team}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} recorded, but NOT delivered: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} sent: delayed, in transit, arrives {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} sent: in transit, arrives {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} sent: delayed, arrives {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} sent: delivered, arrives {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckActions</name>
    <message>
        <source>Import an MSEL spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSEL spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import MSEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inject(s) from {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported} (%n note(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{imported}. Undo (Ctrl+Z) brings the previous deck back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as an MSEL spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n note(s): {first})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the cards yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The deck has %n error(s); the problem list shows where. Fix them, then print the cards again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot try it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The deck has %n error(s); the problem list shows where. Fix them, then try it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print inject cards to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards were not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save to try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck is saved before a session starts on it. Save now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions cannot be started from the editor in this installation. The deck is saved: start it from the start screen or with tabletop run {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckDocument</name>
    <message>
        <source>{path} cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as YAML, so the editor cannot open it: {problem}. Fix it in a text editor, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a deck: its top level is not a mapping of keys (format:, title:, injects: …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deck has no file name yet; use Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckEditorWindow</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}  ·  catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}  ·  catalog, changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}  ·  own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams … within …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the players read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This file has %n comment(s) the editor cannot keep (the first on line {line}); you will be asked before they are removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new deck from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open deck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a deck file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the deck under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import MSEL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the injects with an MSEL spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export MSEL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the deck as an MSEL spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print inject &amp;cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the injects as cards for paper play (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the deck and start a session on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;deck editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
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
        <source>Go to next &amp;problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deck is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another deck or start a new one from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deck}[*] — Deck editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decks (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n comment(s) that the editor cannot keep (the first on line {line}); the comment block at the top of the file is kept. Saving over the file removes them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save and remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decks that come with tabletop stay as they are; save your version in your decks folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the deck as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {deck} before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckForm</name>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deck&apos;s id: letters, digits, - _ . (no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one paragraph, shown on the start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned class time in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who it is written for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the text, e.g. en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deck&apos;s own version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one author per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario time when play starts (else the first inject&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (real time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario minutes per class minute while the clock runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the ladder says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escalation level play starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misperception:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many rungs too high a rise is read by a team with no working channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the deck&apos;s own ladder, %n level(s) (edit it in the YAML file; the editor keeps it)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the shared escalation ladder, levels {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckTemplate</name>
    <message>
        <source>the section or page the facts come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read to the team before play: who they are, what they know and what they want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One paragraph for the start screen: the crisis, the teams, what the class will practise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students in their first crisis exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams use a working channel to the other side within one move of an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document this deck&apos;s facts come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite it from each inject, with the section or page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Atlantic Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US National Security Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian Security Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the players read and the projector shows: what happened, where, and what is known so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never projected: what to watch for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who do you call first, and over which channel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek facts before acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A way out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third party offers to host talks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you accept, and who speaks for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who speaks for the team, and over which channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journalist calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journalist asks for comment on rumours of the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver it when the room stalls, to restart discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you say in public, and what in private?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the public line consistent with private messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Deliver a chosen inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects not yet played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditLabel</name>
    <message>
        <source>Rename inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditSubmissionDialog</name>
    <message>
        <source>Edit the submission from {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o (none: everyone on the channel):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested &amp;escalation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationMeter</name>
    <message>
        <source>Escalation meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation level {level} of {highest}: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team} believes the other side is at {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a rung to adjudicate that level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold: {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudicate one rung lower (Ctrl+[)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjudicate one rung higher (Ctrl+])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the escalation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested by {decisions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {level}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next threshold at {level}: {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{tag} = {team}: believes the other side is at {level}, %n rung(s) too high</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tag} = {team}: believes the other side is at {level}, %n rung(s) too low</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{tag} = {team}: believes the other side is at {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Believed: {beliefs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions since the last change suggest {change} ({decisions})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply {change}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Objectives: the evaluator&apos;s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of: {objective}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this rating (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck states no objectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected actions of the injects played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inject with expected actions was played yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict on: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision that met: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator&apos;s note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the observations: {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rated observation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inject being evaluated (any inject already played)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title}  (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict on: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met by decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision that met it, if one did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives (of the exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of: {objective}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inject has been delivered yet: expected actions are judged once their inject is in front of the room. Objectives can be rated at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inject has no expected actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met by: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Observations suggest {rating} (%n rated)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseOverviewGroup</name>
    <message>
        <source>Mission areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat or hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise overview (for the after-action report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRecordDialog</name>
    <message>
        <source>Evidence package (ZIP): deck, event log, decisions, report and a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log (JSON Lines): one event per line, for analysis tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and messages (CSV): for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence package (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote a ZIP of the deck, the log, the decisions, the report and a manifest to {path} (%n event(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the event log as JSON Lines to {path} (%n event(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the decisions and messages as CSV to {path} (%n event(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the session&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is read from the session file as it is now; recording can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the session and writing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the package (the SHA-256 of its manifest):
{fingerprint}
Keep it with the package; tabletop verify prints it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>{value} (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation of tabletop has no {guide}. It is in the docs folder of tabletop&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing, running a session, the hot wash, the report, every shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotwashWindow</name>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot wash — {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Strengths and improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. After-action questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export after-action report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session (Ctrl+Shift+E); the hot wash stays editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well? Enter adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should be done better? Enter adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New area for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issue or area for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what will be done about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Operational communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary responsible organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area for improvement it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrective action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core c&amp;apability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability &amp;element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;POC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpletion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (none named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{inject}, expected action {number}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date &apos;{text}&apos; is not a date: write it as year-month-day, e.g. 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date &apos;{text}&apos; is not a date: write it as year-month-day, e.g. 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. The hot wash can still be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is still running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectForm</name>
    <message>
        <source>Standard (main line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency (on demand or by branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive (reached by branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by branches; renaming it renames them too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story time when it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the move or phase it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard injects form the main line; the others are reached by a branch, a next or the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish Navy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who it comes from in the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the teams it is addressed to; none ticked means every team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the teams ticked under To see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team-only card: it reaches only those teams&apos; devices or handouts; never projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes of class planned for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the players see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the players read and the projector shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the facilitator (never projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to watch for; which risk-reduction options fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussion questions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a well-prepared team would do, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deck&apos;s learning objectives this inject exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation changes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) or next(s) lead to &apos;{inject}&apos;. Delete it anyway? The problem list will show where they point now (Undo brings it back).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InjectTimeline</name>
    <message>
        <source>Inject timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver this inject now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this inject…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectTimelineModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped because: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next because: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: {type} (delivered on demand or by a branch)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectType</name>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adaptive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Latency</name>
    <message>
        <source>immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MselImportDialog</name>
    <message>
        <source>the import failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an MSEL spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows and the field of each column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was found on this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers on row {row}; the first rows below them are shown. Choose what each column holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error · {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note · {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s) will be imported; {notes} below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s) will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until they are fixed (choose other fields, or fix the spreadsheet).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an observable statement: Teams … within …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Operational Communications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationBar</name>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation on this inject… (Ctrl+Alt+S strength, Ctrl+Alt+I area for improvement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSEEP rating of how the objective was performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning objective the observation is about (the current inject&apos;s, unless you choose another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective {number}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note it as a strength (Ctrl+Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as an area for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note it as an area for improvement (Ctrl+Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationList</name>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}{rating}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayBar</name>
    <message>
        <source>Next inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip an inject, with a reason for the report (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver a chosen inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver a chosen inject now, e.g. a contingency (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot wash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the hot wash and export the after-action report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot wash and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more injects on the story line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver a contingency inject with Deliver other…, or go to the hot wash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every inject has been played: go to the hot wash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {inject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the menus, buttons and messages. The language a class plays a deck in is chosen for each session, when it is set up; a report&apos;s language when it is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable {variable} is set to {language}: while it is set, tabletop starts in that language whatever is chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabletop will be in {language} when it starts again. The windows open now keep their language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Inject {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field{rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error · {where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning · {where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the deck is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors}, {warnings} — click one to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector — {deck}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation {level}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise is about to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day}  {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: the screen is blank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <source>it could not be made ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an inject after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the inject up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the inject down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inject selected. Add one with Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a team after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the team up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the team down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team selected. Add one with Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an objective after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the objective up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the objective down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objective selected. Add one with Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the source up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the source down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source selected. Add one with Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a channel after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the channel up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the channel down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel selected. Add one with Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the submission with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it goes back, for the team to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioTime</name>
    <message>
        <source>Day {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D{day} {time}</source>
        <comment>short for Day 1 06:40</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Decision {decision} by {team} over {channel}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision {decision} by {team}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} set to {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment of decision {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Nothing was recorded for this action; everything recorded before it is safe in the session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file could not be written ({problem}). Nothing was recorded for this action; everything recorded before it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSetupWindow</name>
    <message>
        <source>{deck}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a session — {deck}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deck} has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these problems in the deck file (or the deck editor), then set up the session again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The language the class plays in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} (the deck&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} (translation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck&apos;s text (injects, teams, channels, the ladder) in this language on the console, the projector, team devices and the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of play:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting &amp;escalation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a team for this class and add its players. Untick a team the class does not field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust a channel&apos;s starting status for this run; the deck is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels and their starting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}
Parties: {parties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting status of {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the deck sets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new file named by date and deck in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabletop sessions (*.tabletop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Choose another place with “Save in…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip an inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it skipped? The reason goes into the after-action report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{inject} (next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inject:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cited by injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written, e.g. 2026-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the deck takes from it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRefs</name>
    <message>
        <source>Cite a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section or page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the inject takes from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionsPanel</name>
    <message>
        <source>Accept messages automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every message from a device as it comes (for this session); actions, statements and agreements still wait here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions from team devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submission from a team device is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit, then accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn with a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionTally</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamConsole</name>
    <message>
        <source>Submissions from team devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDevices</name>
    <message>
        <source>The session has ended: team devices cannot join any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team devices could not start: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team devices: port {old} was taken, so they now use port {new}; print new join cards or read the new addresses from Session → Team devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team-device settings could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDevicesDialog</name>
    <message>
        <source>QR code for {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access (new code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of this computer that the join codes show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept messages automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print join cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce the real level to every team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices talk to this computer in plain HTTP over the room&apos;s network: anyone on the same network could read what they send and receive. Use the room&apos;s own Wi-Fi or a phone hotspot you control, and stop the server when the class is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On&lt;/b&gt;: listening on port {port}. Teams join with the addresses below (same network as this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Off&lt;/b&gt;: no device can reach this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(start the server to see the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected ({addresses})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Team devices are off; their pages say they are reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{team} has a new join code: its devices were disconnected and its old card no longer works. Give the team its new QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce the escalation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell every team that the level is {level} ({name})? Their believed level becomes the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the join cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join cards saved to {path}: one page per team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n handout(s) for {team} saved to {path}: hand each page over when its inject is delivered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamForm</name>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by injects and branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. North Atlantic Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams on different sides are the other side for the escalation meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel parties this team speaks for, e.g. nato, europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one line: who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read to the team before play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names of the people playing it (usually set when the session starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties in the catalog: {parties}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>the deck could not be checked: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
