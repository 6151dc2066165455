<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend decision {decision}</source>
        <translation>Исправление решения {decision}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Вид решения</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Leave all unticked to send to every team on the channel</source>
        <translation>Не отмечайте никого, чтобы отправить всем командам на этом канале</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Suggested escalation change</source>
        <translation>Предлагаемое изменение уровня эскалации</translation>
    </message>
    <message>
        <source>The original stays in the session&apos;s log; the report shows the amended decision. An agreement to open a channel cannot be moved: withdraw it and record a new one.</source>
        <translation>Исходная запись остаётся в журнале сессии; в отчёт попадает исправленное решение. Согласие на открытие канала нельзя перенести: отзовите его и зафиксируйте новое.</translation>
    </message>
    <message>
        <source>The original stays in the session&apos;s log; the report shows the amended decision. A message moved to another team or channel is sent again as of the moment it was made.</source>
        <translation>Исходная запись остаётся в журнале сессии; в отчёт попадает исправленное решение. Сообщение, перенесённое на другую команду или другой канал, отправляется заново с того момента, когда оно было сделано.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>К&amp;ому:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>E&amp;scalation:</source>
        <translation>&amp;Эскалация:</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>— none: an action, not a message —</source>
        <translation>— нет: действие, а не сообщение —</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unknown arguments: {arguments}. Use &apos;tabletop run DECK&apos; or &apos;tabletop resume FILE&apos;.</source>
        <translation>Неизвестные аргументы: {arguments}. Используйте «tabletop run DECK» или «tabletop resume FILE».</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>tabletop met an unexpected problem. Your deck is as you left it in the editor; save it now (Ctrl+S), then carry on.</source>
        <translation>В tabletop произошла непредвиденная ошибка. Сценарий в редакторе остался таким, каким вы его оставили: сохраните его сейчас (Ctrl+S) и продолжайте работу.</translation>
    </message>
    <message>
        <source>tabletop met an unexpected problem. Everything recorded so far is saved in the session file; you can carry on, or close and resume the session.</source>
        <translation>В tabletop произошла непредвиденная ошибка. Всё, что уже зафиксировано, сохранено в файле сессии: можно продолжать работу или закрыть сессию и возобновить её.</translation>
    </message>
    <message>
        <source>tabletop met an unexpected problem. Nothing saved is lost; you can carry on.</source>
        <translation>В tabletop произошла непредвиденная ошибка. Ничего из сохранённого не потеряно: можно продолжать работу.</translation>
    </message>
</context>
<context>
    <name>BranchBox</name>
    <message>
        <source>&lt;b&gt;Branch {number}&lt;/b&gt; — if</source>
        <translation>&lt;b&gt;Ветка {number}&lt;/b&gt; — если</translation>
    </message>
    <message>
        <source>a short name shown to the facilitator (optional)</source>
        <translation>краткое название для ведущего (необязательно)</translation>
    </message>
    <message>
        <source>Branch {number} label</source>
        <translation>Название ветки {number}</translation>
    </message>
    <message>
        <source>Move this branch up (it is tried earlier)</source>
        <translation>Переместить ветку выше (она проверяется раньше)</translation>
    </message>
    <message>
        <source>Move this branch up</source>
        <translation>Переместить ветку выше</translation>
    </message>
    <message>
        <source>Move this branch down</source>
        <translation>Переместить ветку ниже</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete this branch</source>
        <translation>Удалить эту ветку</translation>
    </message>
    <message>
        <source>Add a test</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <source>Add a test that must hold as well</source>
        <translation>Добавить ещё одно условие, которое тоже должно выполняться</translation>
    </message>
    <message>
        <source>then go to</source>
        <translation>то перейти к</translation>
    </message>
    <message>
        <source>Branch {number} goes to</source>
        <translation>Ветка {number} ведёт к</translation>
    </message>
</context>
<context>
    <name>BranchEditor</name>
    <message>
        <source>Add a branch</source>
        <translation>Добавить ветку</translation>
    </message>
    <message>
        <source>Otherwise go to</source>
        <translation>Иначе перейти к</translation>
    </message>
    <message>
        <source>the next standard inject in order</source>
        <translation>следующей основной вводной по порядку</translation>
    </message>
    <message>
        <source>next</source>
        <translation>следующая</translation>
    </message>
    <message>
        <source>the end of the exercise</source>
        <translation>окончанию учения</translation>
    </message>
    <message>
        <source>Edit branch</source>
        <translation>изменение ветки</translation>
    </message>
    <message>
        <source>Add branch</source>
        <translation>добавление ветки</translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation>удаление ветки</translation>
    </message>
    <message>
        <source>Move branch</source>
        <translation>перемещение ветки</translation>
    </message>
</context>
<context>
    <name>ChannelBoard</name>
    <message>
        <source>Set to open</source>
        <translation>Сделать открытым</translation>
    </message>
    <message>
        <source>Set to degraded</source>
        <translation>Сделать затруднённым</translation>
    </message>
    <message>
        <source>Set to closed</source>
        <translation>Сделать закрытым</translation>
    </message>
    <message>
        <source>Set to proposed</source>
        <translation>Сделать предложенным</translation>
    </message>
    <message>
        <source>{channel} is open. Click to change.</source>
        <translation>{channel}: канал открыт. Нажмите, чтобы изменить.</translation>
    </message>
    <message>
        <source>{channel} is degraded. Click to change.</source>
        <translation>{channel}: связь затруднена. Нажмите, чтобы изменить.</translation>
    </message>
    <message>
        <source>{channel} is closed. Click to change.</source>
        <translation>{channel}: канал закрыт. Нажмите, чтобы изменить.</translation>
    </message>
    <message>
        <source>{channel} is only proposed. Click to change.</source>
        <translation>{channel}: канал пока только предложен. Нажмите, чтобы изменить.</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>кто угодно</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>односторонний</translation>
    </message>
    <message>
        <source>Channel board</source>
        <translation>Табло каналов</translation>
    </message>
    <message>
        <source>Agreed so far: {agreed}; waiting for {waiting}</source>
        <translation>Уже согласились: {agreed}; ждём: {waiting}</translation>
    </message>
</context>
<context>
    <name>ChannelChanges</name>
    <message>
        <source>Add a channel change</source>
        <translation>Добавить изменение канала</translation>
    </message>
    <message>
        <source>Change channel effect</source>
        <translation>изменение воздействия на канал</translation>
    </message>
    <message>
        <source>Remove channel effect</source>
        <translation>удаление воздействия на канал</translation>
    </message>
    <message>
        <source>Add channel effect</source>
        <translation>добавление воздействия на канал</translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Catalog channel:</source>
        <translation>Канал из каталога:</translation>
    </message>
    <message>
        <source>catalog channel</source>
        <translation>канал из каталога</translation>
    </message>
    <message>
        <source>which channel of the shared catalog</source>
        <translation>какой канал общего каталога</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>the id of the deck&apos;s own channel</source>
        <translation>идентификатор собственного канала сценария</translation>
    </message>
    <message>
        <source>as in the catalog</source>
        <translation>как в каталоге</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Стороны:</translation>
    </message>
    <message>
        <source>party ids that can use it; * means anyone</source>
        <translation>идентификаторы сторон, которые могут им пользоваться; * — кто угодно</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>e.g. leaders&apos; line, military line</source>
        <translation>например: линия связи руководителей, военная линия связи</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>as in the catalog (or open)</source>
        <translation>как в каталоге (или открыт)</translation>
    </message>
    <message>
        <source>open and degraded channels carry messages; closed and proposed ones do not</source>
        <translation>открытые и затруднённые каналы передают сообщения, закрытые и предложенные — нет</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Время доставки:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>scenario minutes from sending to receipt when open</source>
        <translation>минут сценарного времени от отправки до получения, когда канал открыт</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Двусторонний</translation>
    </message>
    <message>
        <source>One-way</source>
        <translation>Односторонний</translation>
    </message>
    <message>
        <source>as in the catalog (or two-way)</source>
        <translation>как в каталоге (или двусторонний)</translation>
    </message>
    <message>
        <source>Carries:</source>
        <translation>Передаёт:</translation>
    </message>
    <message>
        <source>Cannot carry:</source>
        <translation>Не передаёт:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>for the facilitator</source>
        <translation>для ведущего</translation>
    </message>
    <message>
        <source>the deck&apos;s own channel</source>
        <translation>собственный канал сценария</translation>
    </message>
    <message>
        <source>from the shared catalog, as it is there; any field you set here changes it for this deck only</source>
        <translation>из общего каталога, как есть; поле, заданное здесь, меняет канал только для этого сценария</translation>
    </message>
    <message>
        <source>from the shared catalog, with this deck&apos;s changes</source>
        <translation>из общего каталога, с изменениями этого сценария</translation>
    </message>
    <message>
        <source>{value} (as in the catalog)</source>
        <translation>{value} (как в каталоге)</translation>
    </message>
</context>
<context>
    <name>ChannelStatus</name>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>затруднён</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложен</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>The deck lists its own channels: catalog channels (as they are, or changed for this deck) and channels of its own.</source>
        <translation>Сценарий перечисляет свои каналы: каналы каталога (как есть или изменённые для этого сценария) и собственные каналы.</translation>
    </message>
    <message>
        <source>Use the whole shared catalog</source>
        <translation>Использовать весь общий каталог</translation>
    </message>
    <message numerus="yes">
        <source>The deck uses all %n channel(s) of the shared catalog as they are. To leave some out or change one (its status, its latency …), list them.</source>
        <translation>
            <numerusform>Сценарий использует все %n канал общего каталога как есть. Чтобы исключить какие-то или изменить один из них (статус, время доставки …), перечислите их.</numerusform>
            <numerusform>Сценарий использует все %n канала общего каталога как есть. Чтобы исключить какие-то или изменить один из них (статус, время доставки …), перечислите их.</numerusform>
            <numerusform>Сценарий использует все %n каналов общего каталога как есть. Чтобы исключить какие-то или изменить один из них (статус, время доставки …), перечислите их.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the channels</source>
        <translation>Перечислить каналы</translation>
    </message>
    <message>
        <source>Use the whole channel catalog</source>
        <translation>Использовать весь каталог каналов</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <source>Scenario time</source>
        <translation>Сценарное время</translation>
    </message>
    <message>
        <source>Exercise time</source>
        <translation>Время учения</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Текущее время</translation>
    </message>
    <message>
        <source>Pause or resume the clock</source>
        <translation>Остановить или запустить часы</translation>
    </message>
    <message>
        <source>Day {day}  {time}</source>
        <translation>День {day}  {time}</translation>
    </message>
    <message>
        <source>scenario time · ended</source>
        <translation>сценарное время · завершено</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Часы остановлены</translation>
    </message>
    <message>
        <source>scenario time · running</source>
        <translation>сценарное время · идёт</translation>
    </message>
    <message>
        <source>scenario time · running · ×{speed}</source>
        <translation>сценарное время · идёт · ×{speed}</translation>
    </message>
    <message>
        <source>Pause clock</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>scenario time · PAUSED</source>
        <translation>сценарное время · ПАУЗА</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>Запустить часы</translation>
    </message>
    <message>
        <source>Time the class has spent on the exercise, pauses left out</source>
        <translation>Время, которое группа провела за учением, без пауз</translation>
    </message>
    <message>
        <source>exercise time · now {time}</source>
        <translation>время учения · сейчас {time}</translation>
    </message>
    <message>
        <source>{what} (F9)</source>
        <translation>{what} (F9)</translation>
    </message>
</context>
<context>
    <name>CompareSessionsDialog</name>
    <message>
        <source>Compare class sections</source>
        <translation>Сравнение учебных групп</translation>
    </message>
    <message>
        <source>Tick the sessions to compare side by side (two or more, of the same deck). Sessions still running can be compared; nothing is changed.</source>
        <translation>Отметьте сессии для сравнения (две или больше, по одному сценарию). Можно сравнивать и идущие сессии; ничего не изменяется.</translation>
    </message>
    <message>
        <source>Sessions to compare</source>
        <translation>Сессии для сравнения</translation>
    </message>
    <message>
        <source>&amp;Add session files…</source>
        <translation>&amp;Добавить файлы сессий…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Сравнить…</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>эта сессия</translation>
    </message>
    <message>
        <source>Add session files</source>
        <translation>Добавить файлы сессий</translation>
    </message>
    <message>
        <source>Sessions (*.tabletop)</source>
        <translation>Сессии (*.tabletop)</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>Сохранить сравнение</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n section(s)…</source>
        <translation>
            <numerusform>Сравнение %n группы…</numerusform>
            <numerusform>Сравнение %n групп…</numerusform>
            <numerusform>Сравнение %n групп…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>No test yet: add one below (the branch is taken only when its tests hold).</source>
        <translation>Условий пока нет: добавьте их ниже (ветка выбирается, только когда её условия выполнены).</translation>
    </message>
    <message>
        <source>Edit branch condition</source>
        <translation>изменение условия ветки</translation>
    </message>
    <message>
        <source>Change test</source>
        <translation>изменение условия</translation>
    </message>
    <message>
        <source>Add test</source>
        <translation>добавление условия</translation>
    </message>
    <message>
        <source>Remove test</source>
        <translation>удаление условия</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Escalation is at least</source>
        <translation>Эскалация не ниже</translation>
    </message>
    <message>
        <source>Escalation is at most</source>
        <translation>Эскалация не выше</translation>
    </message>
    <message>
        <source>A channel&apos;s status is</source>
        <translation>Статус канала —</translation>
    </message>
    <message>
        <source>A decision was recorded</source>
        <translation>Зафиксировано решение</translation>
    </message>
    <message>
        <source>An inject was delivered</source>
        <translation>Выдана вводная</translation>
    </message>
    <message>
        <source>All of these hold</source>
        <translation>Выполнены все эти условия</translation>
    </message>
    <message>
        <source>Any of these holds</source>
        <translation>Выполнено хотя бы одно из условий</translation>
    </message>
    <message>
        <source>This does not hold</source>
        <translation>Это условие не выполнено</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>любого вида</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>действие</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <source>a public statement</source>
        <translation>публичное заявление</translation>
    </message>
    <message>
        <source>an agreement to open a channel</source>
        <translation>согласие на открытие канала</translation>
    </message>
    <message>
        <source>whatever happened to it</source>
        <translation>с любым исходом</translation>
    </message>
    <message>
        <source>that got through</source>
        <translation>дошедшее до адресата</translation>
    </message>
    <message>
        <source>that did not get through</source>
        <translation>не дошедшее до адресата</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>Вид условия</translation>
    </message>
    <message>
        <source>+ test</source>
        <translation>+ условие</translation>
    </message>
    <message>
        <source>Add a test to this group</source>
        <translation>Добавить условие в эту группу</translation>
    </message>
    <message>
        <source>Remove this test</source>
        <translation>Удалить это условие</translation>
    </message>
    <message>
        <source>Remove test</source>
        <translation>Удалить условие</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>Уровень эскалации</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>is</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Вводная</translation>
    </message>
    <message>
        <source>by</source>
        <translation>от</translation>
    </message>
    <message>
        <source>any team</source>
        <translation>любой команды</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Вид решения</translation>
    </message>
    <message>
        <source>over</source>
        <translation>по</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>любому каналу</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>tag (optional)</source>
        <translation>метка (необязательно)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>в любой момент</translation>
    </message>
    <message>
        <source>since {inject} was delivered</source>
        <translation>после выдачи вводной «{inject}»</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С момента</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Record the decision (in the decision text or tags field); take the highlighted tag (in the list of tag suggestions); amend the selected decision (in the decision log)</source>
        <translation>Зафиксировать решение (в поле текста решения или меток); взять выделенную метку (в списке подсказок); исправить выбранное решение (в журнале решений)</translation>
    </message>
    <message>
        <source>Close the list of tag suggestions without taking one</source>
        <translation>Закрыть список подсказок, ничего не выбрав</translation>
    </message>
    <message>
        <source>New line in the decision text</source>
        <translation>Новая строка в тексте решения</translation>
    </message>
    <message>
        <source>Withdraw the selected decision (in the decision log)</source>
        <translation>Отозвать выбранное решение (в журнале решений)</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Двойной щелчок</translation>
    </message>
    <message>
        <source>Full screen on or off (on the projector window)</source>
        <translation>Полноэкранный режим вкл./выкл. (в окне проектора)</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Новая сессия…</translation>
    </message>
    <message>
        <source>Choose a deck and start a session</source>
        <translation>Выбрать сценарий и начать сессию</translation>
    </message>
    <message>
        <source>&amp;Open deck file…</source>
        <translation>&amp;Открыть файл сценария…</translation>
    </message>
    <message>
        <source>Start a session from a deck file</source>
        <translation>Начать сессию по файлу сценария</translation>
    </message>
    <message>
        <source>&amp;Resume session file…</source>
        <translation>&amp;Возобновить сессию из файла…</translation>
    </message>
    <message>
        <source>Reopen a session file where it was left</source>
        <translation>Открыть файл сессии с того места, где она остановилась</translation>
    </message>
    <message>
        <source>New &amp;deck…</source>
        <translation>Новый с&amp;ценарий…</translation>
    </message>
    <message>
        <source>Write a new deck in the deck editor</source>
        <translation>Написать новый сценарий в редакторе сценариев</translation>
    </message>
    <message>
        <source>&amp;Edit this session&apos;s deck…</source>
        <translation>&amp;Изменить сценарий этой сессии…</translation>
    </message>
    <message>
        <source>Open the deck this session was started from in the deck editor</source>
        <translation>Открыть в редакторе сценарий, по которому начата эта сессия</translation>
    </message>
    <message>
        <source>E&amp;xport after-action report…</source>
        <translation>&amp;Экспорт отчёта по итогам учения…</translation>
    </message>
    <message>
        <source>Save the after-action report as a PDF</source>
        <translation>Сохранить отчёт по итогам учения в PDF</translation>
    </message>
    <message>
        <source>Expor&amp;t the record…</source>
        <translation>Экспорт &amp;записи сессии…</translation>
    </message>
    <message>
        <source>Save the event log, the decisions or an evidence package of this session</source>
        <translation>Сохранить журнал событий, решения или пакет доказательств этой сессии</translation>
    </message>
    <message>
        <source>Co&amp;mpare sessions…</source>
        <translation>&amp;Сравнить сессии…</translation>
    </message>
    <message>
        <source>Compare class sections that played this deck, side by side (PDF)</source>
        <translation>Сравнить учебные группы, игравшие этот сценарий (PDF)</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>За&amp;крыть сессию</translation>
    </message>
    <message>
        <source>Close this session (everything is saved) and go to the start screen</source>
        <translation>Закрыть эту сессию (всё сохранено) и вернуться к начальному экрану</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit tabletop (everything is saved)</source>
        <translation>Выйти из tabletop (всё сохранено)</translation>
    </message>
    <message>
        <source>&amp;Next inject</source>
        <translation>&amp;Следующая вводная</translation>
    </message>
    <message>
        <source>Deliver the inject the branches select</source>
        <translation>Выдать вводную, выбранную ветвлением</translation>
    </message>
    <message>
        <source>&amp;Skip inject…</source>
        <translation>&amp;Пропустить вводную…</translation>
    </message>
    <message>
        <source>Skip an inject, with a reason</source>
        <translation>Пропустить вводную с указанием причины</translation>
    </message>
    <message>
        <source>&amp;Deliver a chosen inject…</source>
        <translation>Выдать &amp;выбранную вводную…</translation>
    </message>
    <message>
        <source>Deliver any inject not yet played, e.g. a contingency</source>
        <translation>Выдать любую ещё не сыгранную вводную, например резервную</translation>
    </message>
    <message>
        <source>&amp;Pause or resume the clock</source>
        <translation>&amp;Часы: пауза или пуск</translation>
    </message>
    <message>
        <source>R&amp;aise escalation level</source>
        <translation>Пов&amp;ысить уровень эскалации</translation>
    </message>
    <message>
        <source>&amp;Lower escalation level</source>
        <translation>П&amp;онизить уровень эскалации</translation>
    </message>
    <message>
        <source>&amp;Write a decision</source>
        <translation>&amp;Написать решение</translation>
    </message>
    <message>
        <source>Go to the decision text</source>
        <translation>Перейти к тексту решения</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Зафиксировать решение</translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation>Команда {number}</translation>
    </message>
    <message>
        <source>Write an &amp;observation</source>
        <translation>Записать на&amp;блюдение</translation>
    </message>
    <message>
        <source>Go to the observation field</source>
        <translation>Перейти к полю наблюдения</translation>
    </message>
    <message>
        <source>E&amp;valuate the current inject</source>
        <translation>О&amp;ценить текущую вводную</translation>
    </message>
    <message>
        <source>Judge the expected actions and rate the objectives (F8 again goes back)</source>
        <translation>Оценить ожидаемые действия и учебные цели (повторное F8 — назад)</translation>
    </message>
    <message>
        <source>Note as a stren&amp;gth</source>
        <translation>Отметить как сильную с&amp;торону</translation>
    </message>
    <message>
        <source>Note as an area for &amp;improvement</source>
        <translation>Отметить как область для &amp;улучшения</translation>
    </message>
    <message>
        <source>&amp;Undo last action</source>
        <translation>Отм&amp;енить последнее действие</translation>
    </message>
    <message>
        <source>Take back the latest recorded action (the log keeps both)</source>
        <translation>Отменить последнее зафиксированное действие (в журнале сохраняются оба)</translation>
    </message>
    <message>
        <source>&amp;Hot wash…</source>
        <translation>Экспресс-&amp;разбор…</translation>
    </message>
    <message>
        <source>Strengths, areas for improvement, after-action questions, plan</source>
        <translation>Сильные стороны, области для улучшения, вопросы по итогам, план</translation>
    </message>
    <message>
        <source>Team devi&amp;ces…</source>
        <translation>Устройства ко&amp;манд…</translation>
    </message>
    <message>
        <source>Let teams play from their own phones and laptops: QR codes, join cards, devices</source>
        <translation>Команды играют со своих телефонов и ноутбуков: QR-коды, карточки подключения, устройства</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>Завер&amp;шить сессию…</translation>
    </message>
    <message>
        <source>End the session; the hot wash and report stay available</source>
        <translation>Завершить сессию; экспресс-разбор и отчёт остаются доступны</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>Окно &amp;проектора</translation>
    </message>
    <message>
        <source>Show or hide the players&apos; window</source>
        <translation>Показать или скрыть окно для игроков</translation>
    </message>
    <message>
        <source>Projector &amp;full screen</source>
        <translation>Проектор на весь &amp;экран</translation>
    </message>
    <message>
        <source>&amp;Hold the projector (blank)</source>
        <translation>&amp;Чёрный экран на проекторе</translation>
    </message>
    <message>
        <source>Blank the projector until you release it</source>
        <translation>Затемнить проектор, пока вы его не вернёте</translation>
    </message>
    <message>
        <source>&amp;Reset panel layout</source>
        <translation>&amp;Сбросить расположение панелей</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About tabletop</source>
        <translation>&amp;О программе tabletop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сессия</translation>
    </message>
    <message>
        <source>Choose &amp;team</source>
        <translation>Выбрать &amp;команду</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <source>&amp;Hot wash and end</source>
        <translation>Экспре&amp;сс-разбор и завершение</translation>
    </message>
    <message>
        <source>&amp;Undo: {action}</source>
        <translation>Отм&amp;енить: {action}</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Session file: {path}</source>
        <translation>Файл сессии: {path}</translation>
    </message>
    <message>
        <source>Current inject</source>
        <translation>Текущая вводная</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Журнал решений</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Вводные</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Фиксация решения</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>{session} (ended) — tabletop</source>
        <translation>{session} (завершена) — tabletop</translation>
    </message>
    <message>
        <source>{session} — tabletop</source>
        <translation>{session} — tabletop</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>Отменить: {action}</translation>
    </message>
    <message>
        <source>{channel} is now OPEN: every party has agreed ({decision}, {team}).</source>
        <translation>{channel}: канал ОТКРЫТ — согласились все стороны ({decision}, {team}).</translation>
    </message>
    <message>
        <source>{decision}: {team} agrees to open {channel}. Agreed so far: {agreed}; it opens when {waiting} agree too.</source>
        <translation>{decision}: {team} соглашается открыть канал «{channel}». Уже согласились: {agreed}; канал откроется, когда согласятся и {waiting}.</translation>
    </message>
    <message>
        <source>{decision}: {team}&apos;s agreement recorded ({channel} is {status}).</source>
        <translation>{decision}: согласие команды «{team}» зафиксировано (канал «{channel}» {status}).</translation>
    </message>
    <message>
        <source>Evaluation ({judged} of {total})</source>
        <translation>Оценка ({judged} из {total})</translation>
    </message>
    <message>
        <source>Judge the expected actions and rate the objectives of an inject (F8)</source>
        <translation>Оценить ожидаемые действия и учебные цели вводной (F8)</translation>
    </message>
    <message>
        <source>Next inject pressed twice in quick succession: one inject was delivered. Press again to deliver the next.</source>
        <translation>«Следующая вводная» нажата дважды подряд: выдана одна вводная. Нажмите ещё раз, чтобы выдать следующую.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Завершение сессии</translation>
    </message>
    <message>
        <source>End the session now? No more injects or decisions can be recorded. The hot wash, observations and improvement plan stay editable, and the report can be exported.</source>
        <translation>Завершить сессию сейчас? Больше нельзя будет выдавать вводные и фиксировать решения. Экспресс-разбор, наблюдения и план совершенствования останутся доступны для правки, отчёт можно будет экспортировать.</translation>
    </message>
    <message>
        <source>The session has ended. Export the after-action report with File → Export after-action report (Ctrl+E).</source>
        <translation>Сессия завершена. Экспортируйте отчёт по итогам учения: Файл → Экспорт отчёта по итогам учения (Ctrl+E).</translation>
    </message>
    <message>
        <source>Exporting the after-action report is not available in this installation of tabletop. The session file holds everything needed to build it later.</source>
        <translation>В этой установке tabletop экспорт отчёта по итогам учения недоступен. В файле сессии есть всё, чтобы составить отчёт позже.</translation>
    </message>
    <message>
        <source>The deck file this session started from is no longer where it was ({path}).</source>
        <translation>Файла сценария, по которому начата эта сессия, больше нет на прежнем месте ({path}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>About tabletop</source>
        <translation>О программе tabletop</translation>
    </message>
    <message>
        <source>Run crisis tabletop exercises in a classroom: inject decks, a facilitator console, a projector view and an after-action report.</source>
        <translation>Проведение командно-штабных игр по кризисным ситуациям в учебной аудитории: сценарии с вводными, пульт ведущего, экран проектора и отчёт по итогам учения.</translation>
    </message>
</context>
<context>
    <name>CurrentInjectPanel</name>
    <message>
        <source>Current inject</source>
        <translation>Текущая вводная</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>Сессия завершена</translation>
    </message>
    <message>
        <source>Use &lt;b&gt;Session → Hot wash&lt;/b&gt; to record strengths, areas for improvement and the improvement plan, then &lt;b&gt;File → Export after-action report&lt;/b&gt;.</source>
        <translation>Откройте &lt;b&gt;Сессия → Экспресс-разбор&lt;/b&gt;, чтобы записать сильные стороны, области для улучшения и план совершенствования, затем &lt;b&gt;Файл → Экспорт отчёта по итогам учения&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Inject {number} of {count}</source>
        <translation>Вводная {number} из {count}</translation>
    </message>
    <message>
        <source>{type} inject</source>
        <translation>{type} вводная</translation>
    </message>
    <message>
        <source>from {sender}</source>
        <translation>от: {sender}</translation>
    </message>
    <message>
        <source>to {teams}</source>
        <translation>кому: {teams}</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>сессия завершена</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Заметки для ведущего</translation>
    </message>
    <message>
        <source>(not shown on the projector)</source>
        <translation>(на проектор не выводятся)</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Вопросы для обсуждения</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation>Ожидаемые действия</translation>
    </message>
    <message>
        <source>On delivery</source>
        <translation>При выдаче</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Учебные цели</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Escalation {change}</source>
        <translation>Эскалация {change}</translation>
    </message>
    <message>
        <source>{channel}: {status}</source>
        <translation>{channel}: {status}</translation>
    </message>
    <message>
        <source>Press Next inject (F5) to deliver the first inject:</source>
        <translation>Нажмите «Следующая вводная» (F5), чтобы выдать первую вводную:</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>facilitator {name}</source>
        <translation>ведущий: {name}</translation>
    </message>
    <message>
        <source>Ready to begin: {deck}</source>
        <translation>Всё готово к началу: {deck}</translation>
    </message>
</context>
<context>
    <name>DecisionKind</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>Публичное заявление</translation>
    </message>
    <message>
        <source>Agree to open a channel</source>
        <translation>Согласие на открытие канала</translation>
    </message>
</context>
<context>
    <name>DecisionLogModel</name>
    <message>
        <source>ID</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Esc.</source>
        <translation>Эск.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>arrives {time}</source>
        <translation>дойдёт {time}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>метки: {tags}</translation>
    </message>
    <message>
        <source>esc. {change}</source>
        <translation>эск. {change}</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <source>{decision} by {team} ({kind}): {text}</source>
        <translation>{decision}, команда «{team}» ({kind}): {text}</translation>
    </message>
    <message>
        <source>Not delivered: {reason}</source>
        <translation>Не доставлено: {reason}</translation>
    </message>
    <message>
        <source>In transit, arrives {time}</source>
        <translation>В пути, дойдёт {time}</translation>
    </message>
    <message>
        <source>Arrived {time}</source>
        <translation>Дошло {time}</translation>
    </message>
    <message>
        <source>Arrives {time}</source>
        <translation>Дойдёт {time}</translation>
    </message>
    <message>
        <source>To: {teams}</source>
        <translation>Кому: {teams}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Метки: {tags}</translation>
    </message>
    <message numerus="yes">
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Исправлено %n раз</numerusform>
            <numerusform>Исправлено %n раза</numerusform>
            <numerusform>Исправлено %n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn: {reason}</source>
        <translation>Отозвано: {reason}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>{channel} is degraded</source>
        <translation>канал «{channel}» затруднён</translation>
    </message>
    <message>
        <source>{channel} is closed</source>
        <translation>канал «{channel}» закрыт</translation>
    </message>
    <message>
        <source>{channel} is only proposed, not yet agreed</source>
        <translation>канал «{channel}» только предложен, согласия ещё нет</translation>
    </message>
</context>
<context>
    <name>DecisionLogPanel</name>
    <message>
        <source>Decision log</source>
        <translation>Журнал решений</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Correct the selected decision (Enter, or double-click a row)</source>
        <translation>Исправить выбранное решение (Enter или двойной щелчок по строке)</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Withdraw the selected decision (Delete)</source>
        <translation>Отозвать выбранное решение (Delete)</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n решение</numerusform>
            <numerusform>%n решения</numerusform>
            <numerusform>%n решений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{decisions}, %n message(s) NOT delivered</source>
        <translation>
            <numerusform>{decisions}, %n сообщение НЕ доставлено</numerusform>
            <numerusform>{decisions}, %n сообщения НЕ доставлены</numerusform>
            <numerusform>{decisions}, %n сообщений НЕ доставлено</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw decision {decision}</source>
        <translation>Отзыв решения {decision}</translation>
    </message>
    <message>
        <source>Withdraw “{text}”? It stays in the log, marked withdrawn. Reason (optional):</source>
        <translation>Отозвать «{text}»? Решение останется в журнале с пометкой «отозвано». Причина (необязательно):</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
</context>
<context>
    <name>DecisionRecorder</name>
    <message>
        <source>Open: a message over it will be delivered.</source>
        <translation>Открыт: сообщение по этому каналу будет доставлено.</translation>
    </message>
    <message>
        <source>Closed: a message over it will be recorded as NOT delivered.</source>
        <translation>Закрыт: сообщение по этому каналу будет зафиксировано как НЕ доставленное.</translation>
    </message>
    <message>
        <source>Only proposed, not yet agreed: a message over it will be recorded as NOT delivered. Record an “Agree to open a channel” decision from each party to open it.</source>
        <translation>Только предложен: сообщение будет зафиксировано как НЕ доставленное. Чтобы открыть канал, нужно «Согласие на открытие канала» от каждой стороны.</translation>
    </message>
    <message>
        <source>Degraded: a message over it will arrive late.</source>
        <translation>Затруднён: сообщение по этому каналу придёт с задержкой.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Вид решения</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Leave all unticked to send to every team on the channel</source>
        <translation>Не отмечайте никого, чтобы отправить всем командам на этом канале</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>К&amp;ому:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>What the team decided or said. Enter records it; Shift+Enter starts a new line.</source>
        <translation>Что команда решила или заявила. Enter — зафиксировать; Shift+Enter — новая строка.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Ре&amp;шение:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>tags, comma-separated</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <source>Suggested escalation change</source>
        <translation>Предлагаемое изменение уровня эскалации</translation>
    </message>
    <message>
        <source>esc. </source>
        <translation>эск. </translation>
    </message>
    <message>
        <source>Suggested change to the escalation level (−10 to +10)</source>
        <translation>Предлагаемое изменение уровня эскалации (от −10 до +10)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Зафиксировать</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Зафиксировать решение</translation>
    </message>
    <message>
        <source>Record the decision (Enter in the decision field)</source>
        <translation>Зафиксировать решение (Enter в поле решения)</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>{team} (Ctrl+{number})</source>
        <translation>{team} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>— none: an action, not a message —</source>
        <translation>— нет: действие, а не сообщение —</translation>
    </message>
    <message>
        <source>{channel} — {status}</source>
        <translation>{channel} — {status}</translation>
    </message>
    <message>
        <source>{channel}: {status}</source>
        <translation>{channel}: {status}</translation>
    </message>
    <message>
        <source>{decision} was taken back (undone).</source>
        <translation>{decision}: отменено.</translation>
    </message>
    <message>
        <source>The session has ended: no more decisions.</source>
        <translation>Сессия завершена: решения больше не фиксируются.</translation>
    </message>
    <message>
        <source>{decision} recorded for {team}.</source>
        <translation>{decision} зафиксировано для команды «{team}».</translation>
    </message>
    <message>
        <source>{decision} recorded, but NOT delivered: {reason}.</source>
        <translation>{decision} зафиксировано, но НЕ доставлено: {reason}.</translation>
    </message>
    <message>
        <source>{decision} sent: delayed, in transit, arrives {time}.</source>
        <translation>{decision} отправлено: с задержкой, в пути, дойдёт {time}.</translation>
    </message>
    <message>
        <source>{decision} sent: in transit, arrives {time}.</source>
        <translation>{decision} отправлено: в пути, дойдёт {time}.</translation>
    </message>
    <message>
        <source>{decision} sent: delayed, arrives {time}.</source>
        <translation>{decision} отправлено: с задержкой, дойдёт {time}.</translation>
    </message>
    <message>
        <source>{decision} sent: delivered, arrives {time}.</source>
        <translation>{decision} отправлено: доставлено, дойдёт {time}.</translation>
    </message>
</context>
<context>
    <name>DeckActions</name>
    <message>
        <source>Import an MSEL spreadsheet</source>
        <translation>Импорт таблицы MSEL</translation>
    </message>
    <message>
        <source>MSEL spreadsheets (*.csv *.xlsx)</source>
        <translation>Таблицы MSEL (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read</source>
        <translation>Не удаётся прочитать таблицу</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <source>Import MSEL</source>
        <translation>импорт MSEL</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inject(s) from {file}</source>
        <translation>
            <numerusform>Импортирована %n вводная из {file}</numerusform>
            <numerusform>Импортированы %n вводные из {file}</numerusform>
            <numerusform>Импортировано %n вводных из {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported} (%n note(s))</source>
        <translation>
            <numerusform>{imported} (%n примечание)</numerusform>
            <numerusform>{imported} (%n примечания)</numerusform>
            <numerusform>{imported} (%n примечаний)</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported}. Undo (Ctrl+Z) brings the previous deck back.</source>
        <translation>{imported}. Отмена (Ctrl+Z) вернёт прежний сценарий.</translation>
    </message>
    <message>
        <source>Export as an MSEL spreadsheet</source>
        <translation>Экспорт в таблицу MSEL</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The spreadsheet was not written</source>
        <translation>Таблица не записана</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n note(s): {first})</source>
        <translation>
            <numerusform>Записан файл {file} (%n примечание: {first})</numerusform>
            <numerusform>Записан файл {file} (%n примечания: {first})</numerusform>
            <numerusform>Записан файл {file} (%n примечаний: {first})</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Записан файл {file}</translation>
    </message>
    <message>
        <source>Cannot print the cards yet</source>
        <translation>Карточки пока нельзя напечатать</translation>
    </message>
    <message numerus="yes">
        <source>The deck has %n error(s); the problem list shows where. Fix them, then print the cards again.</source>
        <translation>
            <numerusform>В сценарии %n ошибка; где она, показывает список проблем. Исправьте её и напечатайте карточки снова.</numerusform>
            <numerusform>В сценарии %n ошибки; где они, показывает список проблем. Исправьте их и напечатайте карточки снова.</numerusform>
            <numerusform>В сценарии %n ошибок; где они, показывает список проблем. Исправьте их и напечатайте карточки снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot try it yet</source>
        <translation>Пока нельзя попробовать</translation>
    </message>
    <message numerus="yes">
        <source>The deck has %n error(s); the problem list shows where. Fix them, then try it again.</source>
        <translation>
            <numerusform>В сценарии %n ошибка; где она, показывает список проблем. Исправьте её и попробуйте снова.</numerusform>
            <numerusform>В сценарии %n ошибки; где они, показывает список проблем. Исправьте их и попробуйте снова.</numerusform>
            <numerusform>В сценарии %n ошибок; где они, показывает список проблем. Исправьте их и попробуйте снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print inject cards to</source>
        <translation>Печать карточек вводных в файл</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The cards were not written</source>
        <translation>Карточки не записаны</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to {file}</source>
        <translation>
            <numerusform>%n карточка записана в {file}</numerusform>
            <numerusform>%n карточки записаны в {file}</numerusform>
            <numerusform>%n карточек записано в {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to try it</source>
        <translation>Сохранить, чтобы попробовать</translation>
    </message>
    <message>
        <source>The deck is saved before a session starts on it. Save now?</source>
        <translation>Перед началом сессии сценарий сохраняется. Сохранить сейчас?</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Попробовать</translation>
    </message>
    <message>
        <source>Sessions cannot be started from the editor in this installation. The deck is saved: start it from the start screen or with tabletop run {path}.</source>
        <translation>В этой установке нельзя начать сессию из редактора. Сценарий сохранён: начните его с начального экрана или командой tabletop run {path}.</translation>
    </message>
</context>
<context>
    <name>DeckDocument</name>
    <message>
        <source>{path} cannot be read: {problem}</source>
        <translation>Не удаётся прочитать {path}: {problem}</translation>
    </message>
    <message>
        <source>{file} cannot be read as YAML, so the editor cannot open it: {problem}. Fix it in a text editor, then open it again.</source>
        <translation>{file} не читается как YAML, поэтому редактор не может его открыть: {problem}. Исправьте файл в текстовом редакторе и откройте снова.</translation>
    </message>
    <message>
        <source>{file} is not a deck: its top level is not a mapping of keys (format:, title:, injects: …).</source>
        <translation>{file} — не сценарий: его верхний уровень не является набором ключей (format:, title:, injects: …).</translation>
    </message>
    <message>
        <source>the deck has no file name yet; use Save As</source>
        <translation>у сценария ещё нет имени файла; используйте «Сохранить как»</translation>
    </message>
    <message>
        <source>New deck</source>
        <translation>Новый сценарий</translation>
    </message>
</context>
<context>
    <name>DeckEditorWindow</name>
    <message>
        <source>Comments will be removed</source>
        <translation>Комментарии будут удалены</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n comment(s) that the editor cannot keep (the first on line {line}); the comment block at the top of the file is kept. Saving over the file removes them.</source>
        <translation>
            <numerusform>В {file} %n комментарий, который редактор не может сохранить (в строке {line}); блок комментариев в начале файла сохраняется. При записи поверх файла он будет удалён.</numerusform>
            <numerusform>В {file} %n комментария, которые редактор не может сохранить (первый в строке {line}); блок комментариев в начале файла сохраняется. При записи поверх файла они будут удалены.</numerusform>
            <numerusform>В {file} %n комментариев, которые редактор не может сохранить (первый в строке {line}); блок комментариев в начале файла сохраняется. При записи поверх файла они будут удалены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and remove them</source>
        <translation>Сохранить и удалить их</translation>
    </message>
    <message>
        <source>Save as a new file…</source>
        <translation>Сохранить в новый файл…</translation>
    </message>
    <message>
        <source>The deck was not saved</source>
        <translation>Сценарий не сохранён</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сохранено в {path}</translation>
    </message>
    <message>
        <source>Decks that come with tabletop stay as they are; save your version in your decks folder.</source>
        <translation>Сценарии, поставляемые с tabletop, не изменяются; сохраните свою версию в папке своих сценариев.</translation>
    </message>
    <message>
        <source>Save the deck as</source>
        <translation>Сохранить сценарий как</translation>
    </message>
    <message>
        <source>Decks (*.yaml *.yml)</source>
        <translation>Сценарии (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to {deck} before closing?</source>
        <translation>Сохранить изменения в {deck} перед закрытием?</translation>
    </message>
    <message>
        <source>&amp;New deck</source>
        <translation>&amp;Новый сценарий</translation>
    </message>
    <message>
        <source>Start a new deck from a template</source>
        <translation>Начать новый сценарий по шаблону</translation>
    </message>
    <message>
        <source>&amp;Open deck…</source>
        <translation>&amp;Открыть сценарий…</translation>
    </message>
    <message>
        <source>Open a deck file</source>
        <translation>Открыть файл сценария</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the deck</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save the deck under another name</source>
        <translation>Сохранить сценарий под другим именем</translation>
    </message>
    <message>
        <source>&amp;Import MSEL…</source>
        <translation>&amp;Импорт MSEL…</translation>
    </message>
    <message>
        <source>Replace the injects with an MSEL spreadsheet</source>
        <translation>Заменить вводные таблицей MSEL</translation>
    </message>
    <message>
        <source>&amp;Export MSEL…</source>
        <translation>&amp;Экспорт MSEL…</translation>
    </message>
    <message>
        <source>Write the deck as an MSEL spreadsheet</source>
        <translation>Записать сценарий как таблицу MSEL</translation>
    </message>
    <message>
        <source>Print inject &amp;cards…</source>
        <translation>&amp;Печать карточек вводных…</translation>
    </message>
    <message>
        <source>Write the injects as cards for paper play (PDF)</source>
        <translation>Записать вводные в виде карточек для игры на бумаге (PDF)</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>Попро&amp;бовать</translation>
    </message>
    <message>
        <source>Save the deck and start a session on it</source>
        <translation>Сохранить сценарий и начать по нему сессию</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>The &amp;deck editor</source>
        <translation>Ре&amp;дактор сценариев</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(без текста)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>{channel}  ·  catalog</source>
        <translation>{channel}  ·  каталог</translation>
    </message>
    <message>
        <source>{channel}  ·  catalog, changed</source>
        <translation>{channel}  ·  каталог, изменён</translation>
    </message>
    <message>
        <source>{channel}  ·  own</source>
        <translation>{channel}  ·  собственный</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Новая команда</translation>
    </message>
    <message>
        <source>Teams … within …</source>
        <translation>Команды … в течение …</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Новый канал</translation>
    </message>
    <message>
        <source>New inject</source>
        <translation>Новая вводная</translation>
    </message>
    <message>
        <source>What the players read.</source>
        <translation>Что читают игроки.</translation>
    </message>
    <message numerus="yes">
        <source>This file has %n comment(s) the editor cannot keep (the first on line {line}); you will be asked before they are removed.</source>
        <translation>
            <numerusform>В файле %n комментарий, который редактор не может сохранить (в строке {line}); перед его удалением вас спросят.</numerusform>
            <numerusform>В файле %n комментария, которые редактор не может сохранить (первый в строке {line}); перед их удалением вас спросят.</numerusform>
            <numerusform>В файле %n комментариев, которые редактор не может сохранить (первый в строке {line}); перед их удалением вас спросят.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Go to the next pro&amp;blem</source>
        <translation>К следующей п&amp;роблеме</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Вводные</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Учебные цели</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>No deck is open.</source>
        <translation>Сценарий не открыт.</translation>
    </message>
    <message>
        <source>Open another deck or start a new one from the File menu.</source>
        <translation>Откройте другой сценарий или создайте новый через меню «Файл».</translation>
    </message>
    <message>
        <source>Deck editor</source>
        <translation>Редактор сценариев</translation>
    </message>
    <message>
        <source>{deck}[*] — Deck editor</source>
        <translation>{deck}[*] — Редактор сценариев</translation>
    </message>
    <message>
        <source>Injects ({count})</source>
        <translation>Вводные ({count})</translation>
    </message>
    <message>
        <source>Teams ({count})</source>
        <translation>Команды ({count})</translation>
    </message>
    <message>
        <source>Objectives ({count})</source>
        <translation>Учебные цели ({count})</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Источники ({count})</translation>
    </message>
    <message>
        <source>Open a deck</source>
        <translation>Открыть сценарий</translation>
    </message>
</context>
<context>
    <name>DeckForm</name>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>the deck&apos;s id: letters, digits, - _ . (no spaces)</source>
        <translation>идентификатор сценария: латинские буквы, цифры, - _ . (без пробелов)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>the exercise&apos;s name</source>
        <translation>название учения</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Краткое описание:</translation>
    </message>
    <message>
        <source>one paragraph, shown on the start screen</source>
        <translation>один абзац, показывается на начальном экране</translation>
    </message>
    <message>
        <source>Class time:</source>
        <translation>Время занятия:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>planned class time in minutes</source>
        <translation>запланированное время занятия в минутах</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Аудитория:</translation>
    </message>
    <message>
        <source>who it is written for</source>
        <translation>для кого написан</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>the language of the text, e.g. en</source>
        <translation>язык текста, например ru</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>the deck&apos;s own version</source>
        <translation>собственная версия сценария</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Авторы:</translation>
    </message>
    <message>
        <source>one author per line</source>
        <translation>по одному автору в строке</translation>
    </message>
    <message>
        <source>Story starts:</source>
        <translation>Начало сюжета:</translation>
    </message>
    <message>
        <source>scenario time when play starts (else the first inject&apos;s)</source>
        <translation>сценарное время начала игры (иначе — время первой вводной)</translation>
    </message>
    <message>
        <source>Clock speed:</source>
        <translation>Скорость часов:</translation>
    </message>
    <message>
        <source>1 (real time)</source>
        <translation>1 (реальное время)</translation>
    </message>
    <message>
        <source>scenario minutes per class minute while the clock runs</source>
        <translation>минут сценарного времени на минуту занятия, пока идут часы</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>Ladder:</source>
        <translation>Лестница:</translation>
    </message>
    <message>
        <source>Starting level:</source>
        <translation>Начальный уровень:</translation>
    </message>
    <message>
        <source>as the ladder says</source>
        <translation>как задано лестницей</translation>
    </message>
    <message>
        <source>the escalation level play starts at</source>
        <translation>уровень эскалации в начале игры</translation>
    </message>
    <message>
        <source>Misperception:</source>
        <translation>Искажённое восприятие:</translation>
    </message>
    <message>
        <source>how many rungs too high a rise is read by a team with no working channel</source>
        <translation>на сколько ступеней выше команда без работающего канала воспринимает повышение</translation>
    </message>
    <message numerus="yes">
        <source>the deck&apos;s own ladder, %n level(s) (edit it in the YAML file; the editor keeps it)</source>
        <translation>
            <numerusform>собственная лестница сценария, %n уровень (правится в файле YAML; редактор её сохраняет)</numerusform>
            <numerusform>собственная лестница сценария, %n уровня (правится в файле YAML; редактор её сохраняет)</numerusform>
            <numerusform>собственная лестница сценария, %n уровней (правится в файле YAML; редактор её сохраняет)</numerusform>
        </translation>
    </message>
    <message>
        <source>the shared escalation ladder, levels {low}–{high}</source>
        <translation>общая лестница эскалации, уровни {low}–{high}</translation>
    </message>
</context>
<context>
    <name>DeckList</name>
    <message>
        <source>{language} only</source>
        <translation>{language} (без переводов)</translation>
    </message>
    <message>
        <source>Cannot be used: {problem}</source>
        <translation>Использовать нельзя: {problem}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s): {teams}</source>
        <translation>
            <numerusform>%n команда: {teams}</numerusform>
            <numerusform>%n команды: {teams}</numerusform>
            <numerusform>%n команд: {teams}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s)</source>
        <translation>
            <numerusform>%n вводная</numerusform>
            <numerusform>%n вводные</numerusform>
            <numerusform>%n вводных</numerusform>
        </translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>your deck · {file}</source>
        <translation>ваш сценарий · {file}</translation>
    </message>
</context>
<context>
    <name>DeckTemplate</name>
    <message>
        <source>the section or page the facts come from</source>
        <translation>раздел или страница, откуда взяты факты</translation>
    </message>
    <message>
        <source>Read to the team before play: who they are, what they know and what they want.</source>
        <translation>Зачитывается команде перед игрой: кто они, что им известно и чего они хотят.</translation>
    </message>
    <message>
        <source>A new exercise</source>
        <translation>Новое учение</translation>
    </message>
    <message>
        <source>One paragraph for the start screen: the crisis, the teams, what the class will practise.</source>
        <translation>Один абзац для начального экрана: кризис, команды, что отрабатывает группа.</translation>
    </message>
    <message>
        <source>Students in their first crisis exercise</source>
        <translation>Студенты, впервые участвующие в кризисном учении</translation>
    </message>
    <message>
        <source>Teams use a working channel to the other side within one move of an incident.</source>
        <translation>Команды используют работающий канал связи с другой стороной в течение одного хода после инцидента.</translation>
    </message>
    <message>
        <source>Operational Communications</source>
        <translation>Оперативная связь</translation>
    </message>
    <message>
        <source>The document this deck&apos;s facts come from</source>
        <translation>Документ, из которого взяты факты этого сценария</translation>
    </message>
    <message>
        <source>Cite it from each inject, with the section or page.</source>
        <translation>Ссылайтесь на него в каждой вводной, с разделом или страницей.</translation>
    </message>
    <message>
        <source>North Atlantic Council</source>
        <translation>Североатлантический совет</translation>
    </message>
    <message>
        <source>US National Security Council</source>
        <translation>Совет национальной безопасности США</translation>
    </message>
    <message>
        <source>Russian Security Council</source>
        <translation>Совет Безопасности России</translation>
    </message>
    <message>
        <source>The first incident</source>
        <translation>Первый инцидент</translation>
    </message>
    <message>
        <source>Move 1</source>
        <translation>Ход 1</translation>
    </message>
    <message>
        <source>What the players read and the projector shows: what happened, where, and what is known so far.</source>
        <translation>Что читают игроки и что показывает проектор: что случилось, где и что известно на данный момент.</translation>
    </message>
    <message>
        <source>Never projected: what to watch for.</source>
        <translation>На проектор не выводится: на что обратить внимание.</translation>
    </message>
    <message>
        <source>Who do you call first, and over which channel?</source>
        <translation>Кому вы звоните первым и по какому каналу?</translation>
    </message>
    <message>
        <source>Seek facts before acting</source>
        <translation>Выяснить факты, прежде чем действовать</translation>
    </message>
    <message>
        <source>A way out</source>
        <translation>Выход из положения</translation>
    </message>
    <message>
        <source>Move 2</source>
        <translation>Ход 2</translation>
    </message>
    <message>
        <source>A third party offers to host talks.</source>
        <translation>Третья сторона предлагает провести переговоры у себя.</translation>
    </message>
    <message>
        <source>Do you accept, and who speaks for you?</source>
        <translation>Вы согласны, и кто будет говорить от вашего имени?</translation>
    </message>
    <message>
        <source>Name who speaks for the team, and over which channel</source>
        <translation>Назвать, кто говорит от имени команды и по какому каналу</translation>
    </message>
    <message>
        <source>A journalist calls</source>
        <translation>Звонок журналиста</translation>
    </message>
    <message>
        <source>A journalist asks for comment on rumours of the incident.</source>
        <translation>Журналист просит прокомментировать слухи об инциденте.</translation>
    </message>
    <message>
        <source>Deliver it when the room stalls, to restart discussion.</source>
        <translation>Выдайте её, когда обсуждение застопорится, чтобы его оживить.</translation>
    </message>
    <message>
        <source>What do you say in public, and what in private?</source>
        <translation>Что вы говорите публично, а что — в частном порядке?</translation>
    </message>
    <message>
        <source>Keep the public line consistent with private messages</source>
        <translation>Публичная позиция согласуется с непубличными сообщениями</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Deliver a chosen inject</source>
        <translation>Выдача выбранной вводной</translation>
    </message>
    <message>
        <source>Injects not yet played</source>
        <translation>Ещё не сыгранные вводные</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>next</source>
        <translation>следующая</translation>
    </message>
    <message>
        <source>Deliver now</source>
        <translation>Выдать сейчас</translation>
    </message>
    <message>
        <source>Facilitator notes:</source>
        <translation>Заметки для ведущего:</translation>
    </message>
</context>
<context>
    <name>EditLabel</name>
    <message>
        <source>Rename inject</source>
        <translation>переименование вводной</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>переименование команды</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>правку</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>добавление</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>перемещение</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>изменение поля «{field}»</translation>
    </message>
</context>
<context>
    <name>EditSubmissionDialog</name>
    <message>
        <source>Edit the submission from {team}</source>
        <translation>Правка присланного командой «{team}»</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Без канала</translation>
    </message>
    <message>
        <source>{channel} ({status})</source>
        <translation>{channel} ({status})</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <source>T&amp;o (none: everyone on the channel):</source>
        <translation>К&amp;ому (никто не отмечен — всем на канале):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Suggested &amp;escalation:</source>
        <translation>Предлагаемая &amp;эскалация:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Зафиксировать</translation>
    </message>
</context>
<context>
    <name>EscalationMeter</name>
    <message>
        <source>Escalation meter</source>
        <translation>Шкала эскалации</translation>
    </message>
    <message>
        <source>Escalation level {level} of {highest}: {name}.</source>
        <translation>Уровень эскалации {level} из {highest}: {name}.</translation>
    </message>
    <message>
        <source>{team} believes the other side is at {level}.</source>
        <translation>{team}: по оценке команды, другая сторона на уровне {level}.</translation>
    </message>
    <message>
        <source>Click a rung to adjudicate that level</source>
        <translation>Нажмите на ступень, чтобы установить этот уровень решением ведущего</translation>
    </message>
    <message>
        <source>◀ now</source>
        <translation>◀ сейчас</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>порог</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n команда</numerusform>
            <numerusform>%n команды</numerusform>
            <numerusform>%n команд</numerusform>
        </translation>
    </message>
    <message>
        <source>threshold: {threshold}</source>
        <translation>порог: {threshold}</translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <source>Lower</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Adjudicate one rung lower (Ctrl+[)</source>
        <translation>Установить на ступень ниже (Ctrl+[)</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Adjudicate one rung higher (Ctrl+])</source>
        <translation>Установить на ступень выше (Ctrl+])</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Причина (необязательно)</translation>
    </message>
    <message>
        <source>Reason for the escalation level</source>
        <translation>Причина установленного уровня эскалации</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>suggested by {decisions}</source>
        <translation>по предложению {decisions}</translation>
    </message>
    <message>
        <source>Level {level}: {name}</source>
        <translation>Уровень {level}: {name}</translation>
    </message>
    <message>
        <source>Next threshold at {level}: {threshold}</source>
        <translation>Следующий порог на уровне {level}: {threshold}</translation>
    </message>
    <message numerus="yes">
        <source>{tag} = {team}: believes the other side is at {level}, %n rung(s) too high</source>
        <translation>
            <numerusform>{tag} = {team}: считает, что другая сторона на уровне {level}, на %n ступень выше реального</numerusform>
            <numerusform>{tag} = {team}: считает, что другая сторона на уровне {level}, на %n ступени выше реального</numerusform>
            <numerusform>{tag} = {team}: считает, что другая сторона на уровне {level}, на %n ступеней выше реального</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tag} = {team}: believes the other side is at {level}, %n rung(s) too low</source>
        <translation>
            <numerusform>{tag} = {team}: считает, что другая сторона на уровне {level}, на %n ступень ниже реального</numerusform>
            <numerusform>{tag} = {team}: считает, что другая сторона на уровне {level}, на %n ступени ниже реального</numerusform>
            <numerusform>{tag} = {team}: считает, что другая сторона на уровне {level}, на %n ступеней ниже реального</numerusform>
        </translation>
    </message>
    <message>
        <source>{tag} = {team}: believes the other side is at {level}</source>
        <translation>{tag} = {team}: считает, что другая сторона на уровне {level}</translation>
    </message>
    <message>
        <source>Believed: {beliefs}</source>
        <translation>Оценки команд: {beliefs}</translation>
    </message>
    <message>
        <source>Decisions since the last change suggest {change} ({decisions})</source>
        <translation>Решения после последнего изменения предлагают {change} ({decisions})</translation>
    </message>
    <message>
        <source>Apply {change}</source>
        <translation>Применить {change}</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Objectives: the evaluator&apos;s rating</source>
        <translation>Учебные цели: оценка оценщика</translation>
    </message>
    <message>
        <source>Rating of: {objective}</source>
        <translation>Оценка цели: {objective}</translation>
    </message>
    <message>
        <source>Why this rating (optional)</source>
        <translation>Почему такая оценка (необязательно)</translation>
    </message>
    <message>
        <source>The deck states no objectives.</source>
        <translation>В сценарии нет учебных целей.</translation>
    </message>
    <message>
        <source>Expected actions of the injects played</source>
        <translation>Ожидаемые действия сыгранных вводных</translation>
    </message>
    <message>
        <source>No inject with expected actions was played yet.</source>
        <translation>Вводные с ожидаемыми действиями ещё не сыграны.</translation>
    </message>
    <message>
        <source>Verdict on: {action}</source>
        <translation>Оценка действия: {action}</translation>
    </message>
    <message>
        <source>Decision that met: {action}</source>
        <translation>Решение, выполнившее: {action}</translation>
    </message>
    <message>
        <source>Evaluator&apos;s note (optional)</source>
        <translation>Заметка оценщика (необязательно)</translation>
    </message>
    <message>
        <source>Suggested by the observations: {rating}</source>
        <translation>Наблюдения предлагают: {rating}</translation>
    </message>
    <message>
        <source>No rated observation yet</source>
        <translation>Оценённых наблюдений пока нет</translation>
    </message>
    <message>
        <source>no decision named</source>
        <translation>решение не указано</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Inject to evaluate</source>
        <translation>Оцениваемая вводная</translation>
    </message>
    <message>
        <source>The inject being evaluated (any inject already played)</source>
        <translation>Оцениваемая вводная (любая из уже сыгранных)</translation>
    </message>
    <message>
        <source>&amp;Evaluate:</source>
        <translation>О&amp;ценить:</translation>
    </message>
    <message>
        <source>{number}. {title}  (current)</source>
        <translation>{number}. {title}  (текущая)</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation>Ожидаемые действия</translation>
    </message>
    <message>
        <source>Verdict on: {action}</source>
        <translation>Оценка действия: {action}</translation>
    </message>
    <message>
        <source>Met by decision</source>
        <translation>Выполнено решением</translation>
    </message>
    <message>
        <source>The decision that met it, if one did</source>
        <translation>Решение, которым оно выполнено, если такое есть</translation>
    </message>
    <message>
        <source>Note on the verdict</source>
        <translation>Заметка к оценке</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Заметка (необязательно)</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Учебные цели</translation>
    </message>
    <message>
        <source>Objectives (of the exercise)</source>
        <translation>Учебные цели (всего учения)</translation>
    </message>
    <message>
        <source>Rating of: {objective}</source>
        <translation>Оценка цели: {objective}</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>Note on the rating</source>
        <translation>Заметка к оценке цели</translation>
    </message>
    <message>
        <source>No inject has been delivered yet: expected actions are judged once their inject is in front of the room. Objectives can be rated at any time.</source>
        <translation>Ни одна вводная ещё не выдана: ожидаемые действия оцениваются, когда их вводная перед группой. Учебные цели можно оценивать в любой момент.</translation>
    </message>
    <message>
        <source>This inject has no expected actions.</source>
        <translation>У этой вводной нет ожидаемых действий.</translation>
    </message>
    <message>
        <source>Met by: —</source>
        <translation>Выполнено решением: —</translation>
    </message>
    <message numerus="yes">
        <source>Observations suggest {rating} (%n rated)</source>
        <translation>
            <numerusform>Наблюдения предлагают {rating} (оценено: %n)</numerusform>
            <numerusform>Наблюдения предлагают {rating} (оценено: %n)</numerusform>
            <numerusform>Наблюдения предлагают {rating} (оценено: %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseOverviewGroup</name>
    <message>
        <source>Mission areas</source>
        <translation>Области задач</translation>
    </message>
    <message>
        <source>Core capabilities</source>
        <translation>Ключевые способности</translation>
    </message>
    <message>
        <source>Scenario type</source>
        <translation>Тип сценария</translation>
    </message>
    <message>
        <source>Threat or hazard</source>
        <translation>Угроза или опасность</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>Организации-участники</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation>Метод оценки</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Контролёры</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Оценщики</translation>
    </message>
    <message>
        <source>Exercise overview (for the after-action report)</source>
        <translation>Общие сведения об учении (для отчёта по итогам)</translation>
    </message>
    <message>
        <source>several, separated by commas</source>
        <translation>несколько, через запятую</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
</context>
<context>
    <name>ExportRecordDialog</name>
    <message>
        <source>Evidence package (ZIP): deck, event log, decisions, report and a manifest</source>
        <translation>Пакет доказательств (ZIP): сценарий, журнал событий, решения, отчёт и манифест</translation>
    </message>
    <message>
        <source>Event log (JSON Lines): one event per line, for analysis tools</source>
        <translation>Журнал событий (JSON Lines): одно событие в строке, для средств анализа</translation>
    </message>
    <message>
        <source>Decisions and messages (CSV): for a spreadsheet</source>
        <translation>Решения и сообщения (CSV): для электронной таблицы</translation>
    </message>
    <message>
        <source>Evidence package (*.zip)</source>
        <translation>Пакет доказательств (*.zip)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a ZIP of the deck, the log, the decisions, the report and a manifest to {path} (%n event(s)).</source>
        <translation>
            <numerusform>ZIP со сценарием, журналом, решениями, отчётом и манифестом записан в {path} (%n событие).</numerusform>
            <numerusform>ZIP со сценарием, журналом, решениями, отчётом и манифестом записан в {path} (%n события).</numerusform>
            <numerusform>ZIP со сценарием, журналом, решениями, отчётом и манифестом записан в {path} (%n событий).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the event log as JSON Lines to {path} (%n event(s)).</source>
        <translation>
            <numerusform>Журнал событий в формате JSON Lines записан в {path} (%n событие).</numerusform>
            <numerusform>Журнал событий в формате JSON Lines записан в {path} (%n события).</numerusform>
            <numerusform>Журнал событий в формате JSON Lines записан в {path} (%n событий).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the decisions and messages as CSV to {path} (%n event(s)).</source>
        <translation>
            <numerusform>Решения и сообщения в формате CSV записаны в {path} (%n событие).</numerusform>
            <numerusform>Решения и сообщения в формате CSV записаны в {path} (%n события).</numerusform>
            <numerusform>Решения и сообщения в формате CSV записаны в {path} (%n событий).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the session&apos;s record</source>
        <translation>Экспорт записи сессии</translation>
    </message>
    <message>
        <source>The record is read from the session file as it is now; recording can go on.</source>
        <translation>Запись читается из файла сессии в нынешнем виде; фиксацию можно продолжать.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Report &amp;paper:</source>
        <translation>&amp;Формат бумаги отчёта:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Reading the session and writing the export…</source>
        <translation>Чтение сессии и запись экспорта…</translation>
    </message>
    <message>
        <source>Fingerprint of the package (the SHA-256 of its manifest):
{fingerprint}
Keep it with the package; tabletop verify prints it again.</source>
        <translation>Отпечаток пакета (SHA-256 его манифеста):
{fingerprint}
Храните его вместе с пакетом; команда tabletop verify выведет его снова.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>{value} (unknown)</source>
        <translation>{value} (неизвестно)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>&amp;Facilitator&apos;s guide</source>
        <translation>&amp;Руководство ведущего (на английском)</translation>
    </message>
    <message>
        <source>Preparing, running a session, the hot wash, the report, every shortcut</source>
        <translation>Подготовка, проведение сессии, экспресс-разбор, отчёт, все сочетания клавиш</translation>
    </message>
    <message>
        <source>Guide not installed</source>
        <translation>Руководство не установлено</translation>
    </message>
    <message>
        <source>This installation of tabletop has no {guide}. It is in the docs folder of tabletop&apos;s source.</source>
        <translation>В этой установке tabletop нет {guide}. Он есть в папке docs исходного кода tabletop.</translation>
    </message>
</context>
<context>
    <name>HotwashWindow</name>
    <message>
        <source>Capability</source>
        <translation>Способность</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Корректирующее мероприятие</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>POC</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Отвечает на</translation>
    </message>
    <message>
        <source>Hot wash — {session}</source>
        <translation>Экспресс-разбор — {session}</translation>
    </message>
    <message>
        <source>1. Strengths and improvements</source>
        <translation>1. Сильные стороны и области для улучшения</translation>
    </message>
    <message>
        <source>2. After-action questions</source>
        <translation>2. Вопросы по итогам</translation>
    </message>
    <message>
        <source>3. Evaluation</source>
        <translation>3. Оценка</translation>
    </message>
    <message>
        <source>4. Improvement plan</source>
        <translation>4. План совершенствования</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Сохранить ответы</translation>
    </message>
    <message>
        <source>Export after-action report…</source>
        <translation>Экспорт отчёта по итогам учения…</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершить сессию</translation>
    </message>
    <message>
        <source>End the session (Ctrl+Shift+E); the hot wash stays editable</source>
        <translation>Завершить сессию (Ctrl+Shift+E); экспресс-разбор останется доступен для правки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>What went well? Enter adds it.</source>
        <translation>Что получилось хорошо? Enter — добавить.</translation>
    </message>
    <message>
        <source>New strength</source>
        <translation>Новая сильная сторона</translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation>Области для улучшения</translation>
    </message>
    <message>
        <source>What should be done better? Enter adds it.</source>
        <translation>Что нужно делать лучше? Enter — добавить.</translation>
    </message>
    <message>
        <source>New area for improvement</source>
        <translation>Новая область для улучшения</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>План совершенствования</translation>
    </message>
    <message>
        <source>the issue or area for improvement</source>
        <translation>проблема или область для улучшения</translation>
    </message>
    <message>
        <source>what will be done about it</source>
        <translation>что будет сделано</translation>
    </message>
    <message>
        <source>e.g. Operational communications</source>
        <translation>например: Оперативная связь</translation>
    </message>
    <message>
        <source>primary responsible organisation</source>
        <translation>ответственная организация</translation>
    </message>
    <message>
        <source>the organisation&apos;s point of contact</source>
        <translation>контактное лицо организации</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>The area for improvement it answers</source>
        <translation>Область для улучшения, на которую отвечает мероприятие</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Добавить в план</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Проблема:</translation>
    </message>
    <message>
        <source>&amp;Corrective action:</source>
        <translation>&amp;Корректирующее мероприятие:</translation>
    </message>
    <message>
        <source>Answers the &amp;area:</source>
        <translation>Отвечает на &amp;область:</translation>
    </message>
    <message>
        <source>Core c&amp;apability:</source>
        <translation>Ключевая &amp;способность:</translation>
    </message>
    <message>
        <source>Capability &amp;element:</source>
        <translation>&amp;Элемент способности:</translation>
    </message>
    <message>
        <source>Responsible &amp;organisation:</source>
        <translation>Ответственная о&amp;рганизация:</translation>
    </message>
    <message>
        <source>Organisation &amp;POC:</source>
        <translation>Контактное &amp;лицо:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>Co&amp;mpletion:</source>
        <translation>Завер&amp;шение:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Сроки:</translation>
    </message>
    <message>
        <source>— (none named)</source>
        <translation>— (не указана)</translation>
    </message>
    <message>
        <source>{inject}, expected action {number}: {text}</source>
        <translation>{inject}, ожидаемое действие {number}: {text}</translation>
    </message>
    <message>
        <source>The start date &apos;{text}&apos; is not a date: write it as year-month-day, e.g. 2027-03-31.</source>
        <translation>Дата начала «{text}» — не дата: запишите её как год-месяц-день, например 2027-03-31.</translation>
    </message>
    <message>
        <source>The completion date &apos;{text}&apos; is not a date: write it as year-month-day, e.g. 2027-03-31.</source>
        <translation>Срок «{text}» — не дата: запишите его как год-месяц-день, например 2027-03-31.</translation>
    </message>
    <message>
        <source>The completion date is before the start date.</source>
        <translation>Срок раньше даты начала.</translation>
    </message>
    <message>
        <source>The session has ended. The hot wash can still be completed.</source>
        <translation>Сессия завершена. Экспресс-разбор ещё можно дополнить.</translation>
    </message>
    <message>
        <source>The session is still running.</source>
        <translation>Сессия ещё идёт.</translation>
    </message>
</context>
<context>
    <name>InjectForm</name>
    <message>
        <source>Standard (main line)</source>
        <translation>Основная (главная линия)</translation>
    </message>
    <message>
        <source>Contingency (on demand or by branch)</source>
        <translation>Резервная (по требованию или по ветке)</translation>
    </message>
    <message>
        <source>Adaptive (reached by branch)</source>
        <translation>Адаптивная (по ветке)</translation>
    </message>
    <message>
        <source>Rename inject</source>
        <translation>переименование вводной</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>becomes</source>
        <translation>становится</translation>
    </message>
    <message>
        <source>The inject</source>
        <translation>Вводная</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>used by branches; renaming it renames them too</source>
        <translation>используется в ветках; при переименовании ветки меняются тоже</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>a short headline</source>
        <translation>короткий заголовок</translation>
    </message>
    <message>
        <source>Scenario time:</source>
        <translation>Сценарное время:</translation>
    </message>
    <message>
        <source>scenario time</source>
        <translation>сценарное время</translation>
    </message>
    <message>
        <source>story time when it happens</source>
        <translation>когда это происходит в сюжете</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Move 1</source>
        <translation>Ход 1</translation>
    </message>
    <message>
        <source>the move or phase it belongs to</source>
        <translation>ход или этап, к которому она относится</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Standard (the default)</source>
        <translation>Основная (по умолчанию)</translation>
    </message>
    <message>
        <source>standard injects form the main line; the others are reached by a branch, a next or the facilitator</source>
        <translation>основные вводные образуют главную линию; остальные выдаются по ветке, по next или ведущим</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От кого:</translation>
    </message>
    <message>
        <source>Finnish Navy</source>
        <translation>ВМС Финляндии</translation>
    </message>
    <message>
        <source>who it comes from in the story</source>
        <translation>от кого она исходит по сюжету</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>the teams it is addressed to; none ticked means every team</source>
        <translation>команды-адресаты; если никто не отмечен — все команды</translation>
    </message>
    <message>
        <source>Team only:</source>
        <translation>Только командам:</translation>
    </message>
    <message>
        <source>Only the teams ticked under To see it</source>
        <translation>Видят только команды, отмеченные в поле «Кому»</translation>
    </message>
    <message>
        <source>team only</source>
        <translation>только командам</translation>
    </message>
    <message>
        <source>a team-only card: it reaches only those teams&apos; devices or handouts; never projected</source>
        <translation>карточка только для команд: попадает лишь на их устройства или в раздаточные материалы; на проектор не выводится</translation>
    </message>
    <message>
        <source>Class time:</source>
        <translation>Время занятия:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>minutes of class planned for it</source>
        <translation>сколько минут занятия на неё запланировано</translation>
    </message>
    <message>
        <source>What the players see</source>
        <translation>Что видят игроки</translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>what the players read and the projector shows</source>
        <translation>что читают игроки и показывает проектор</translation>
    </message>
    <message>
        <source>For the facilitator (never projected)</source>
        <translation>Для ведущего (на проектор не выводится)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>what to watch for; which risk-reduction options fit</source>
        <translation>на что обратить внимание; какие меры снижения рисков подходят</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Вопросы:</translation>
    </message>
    <message>
        <source>discussion questions, one per line</source>
        <translation>вопросы для обсуждения, по одному в строке</translation>
    </message>
    <message>
        <source>Expected actions:</source>
        <translation>Ожидаемые действия:</translation>
    </message>
    <message>
        <source>what a well-prepared team would do, one per line</source>
        <translation>что сделала бы хорошо подготовленная команда, по одному в строке</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Учебные цели:</translation>
    </message>
    <message>
        <source>the deck&apos;s learning objectives this inject exercises</source>
        <translation>учебные цели сценария, которые отрабатывает эта вводная</translation>
    </message>
    <message>
        <source>When it is delivered</source>
        <translation>При выдаче</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>escalation change</source>
        <translation>изменение эскалации</translation>
    </message>
    <message>
        <source>Escalation change</source>
        <translation>Изменение эскалации</translation>
    </message>
    <message>
        <source>Escalation changes by</source>
        <translation>Эскалация меняется на</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Delete inject</source>
        <translation>Удаление вводной</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) or next(s) lead to &apos;{inject}&apos;. Delete it anyway? The problem list will show where they point now (Undo brings it back).</source>
        <translation>
            <numerusform>К «{inject}» ведёт %n ветка или next. Всё равно удалить? Список проблем покажет, куда они теперь указывают (отмена вернёт вводную).</numerusform>
            <numerusform>К «{inject}» ведут %n ветки или next. Всё равно удалить? Список проблем покажет, куда они теперь указывают (отмена вернёт вводную).</numerusform>
            <numerusform>К «{inject}» ведут %n веток или next. Всё равно удалить? Список проблем покажет, куда они теперь указывают (отмена вернёт вводную).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InjectTimeline</name>
    <message>
        <source>Inject timeline</source>
        <translation>Хронология вводных</translation>
    </message>
    <message>
        <source>Deliver this inject now…</source>
        <translation>Выдать эту вводную сейчас…</translation>
    </message>
    <message>
        <source>Skip this inject…</source>
        <translation>Пропустить эту вводную…</translation>
    </message>
</context>
<context>
    <name>InjectTimelineModel</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Вводная</translation>
    </message>
    <message>
        <source>{title} ({type})</source>
        <translation>{title} ({type})</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>Этап: {phase}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Skipped because: {reason}</source>
        <translation>Пропущена, потому что: {reason}</translation>
    </message>
    <message>
        <source>Next because: {reason}</source>
        <translation>Следующая, потому что: {reason}</translation>
    </message>
    <message>
        <source>Type: {type} (delivered on demand or by a branch)</source>
        <translation>Тип: {type} (выдаётся по требованию или по ветке)</translation>
    </message>
</context>
<context>
    <name>InjectType</name>
    <message>
        <source>standard</source>
        <translation>основная</translation>
    </message>
    <message>
        <source>contingency</source>
        <translation>резервная</translation>
    </message>
    <message>
        <source>adaptive</source>
        <translation>адаптивная</translation>
    </message>
</context>
<context>
    <name>Latency</name>
    <message>
        <source>immediate</source>
        <translation>мгновенно</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n неделя</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n сутки</numerusform>
            <numerusform>%n суток</numerusform>
            <numerusform>%n суток</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} сут.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Скрыть сообщение</translation>
    </message>
</context>
<context>
    <name>MselImportDialog</name>
    <message>
        <source>the import failed: {problem}</source>
        <translation>импорт не удался: {problem}</translation>
    </message>
    <message>
        <source>Import an MSEL spreadsheet</source>
        <translation>Импорт таблицы MSEL</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>The first rows and the field of each column</source>
        <translation>Первые строки и поле каждого столбца</translation>
    </message>
    <message>
        <source>Problems of the import</source>
        <translation>Проблемы импорта</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>No header row was found on this sheet.</source>
        <translation>На этом листе не найдена строка заголовков.</translation>
    </message>
    <message>
        <source>Headers on row {row}; the first rows below them are shown. Choose what each column holds.</source>
        <translation>Заголовки в строке {row}; ниже показаны первые строки. Выберите, что содержит каждый столбец.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Строка {number}</translation>
    </message>
    <message>
        <source>Field of column {column}</source>
        <translation>Поле столбца {column}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Error · {problem}</source>
        <translation>Ошибка · {problem}</translation>
    </message>
    <message>
        <source>Note · {problem}</source>
        <translation>Примечание · {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s) will be imported; {notes} below.</source>
        <translation>
            <numerusform>Будет импортирована %n вводная; ниже {notes}.</numerusform>
            <numerusform>Будут импортированы %n вводные; ниже {notes}.</numerusform>
            <numerusform>Будет импортировано %n вводных; ниже {notes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n примечание</numerusform>
            <numerusform>%n примечания</numerusform>
            <numerusform>%n примечаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s) will be imported.</source>
        <translation>
            <numerusform>Будет импортирована %n вводная.</numerusform>
            <numerusform>Будут импортированы %n вводные.</numerusform>
            <numerusform>Будет импортировано %n вводных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until they are fixed (choose other fields, or fix the spreadsheet).</source>
        <translation>
            <numerusform>%n ошибка: ничего нельзя импортировать, пока она не исправлена (выберите другие поля или исправьте таблицу).</numerusform>
            <numerusform>%n ошибки: ничего нельзя импортировать, пока они не исправлены (выберите другие поля или исправьте таблицу).</numerusform>
            <numerusform>%n ошибок: ничего нельзя импортировать, пока они не исправлены (выберите другие поля или исправьте таблицу).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>{file}: the session could not be opened ({problem}).</source>
        <translation>{file}: не удалось открыть сессию ({problem}).</translation>
    </message>
    <message>
        <source>The session is read-only</source>
        <translation>Сессия только для чтения</translation>
    </message>
    <message>
        <source>{file} is read-only (the file or its folder), so nothing more can be recorded in it. Open a copy in your sessions folder ({folder}) and carry on there? The original is left as it is.</source>
        <translation>Файл {file} доступен только для чтения (сам файл или его папка), поэтому записывать в него больше ничего нельзя. Открыть копию в папке сессий ({folder}) и продолжить в ней? Исходный файл останется без изменений.</translation>
    </message>
    <message>
        <source>The copy could not be made: {problem}</source>
        <translation>Не удалось создать копию: {problem}</translation>
    </message>
    <message>
        <source>Open a deck file</source>
        <translation>Открыть файл сценария</translation>
    </message>
    <message>
        <source>Decks (*.yaml *.yml)</source>
        <translation>Сценарии (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Resume a session file</source>
        <translation>Возобновить сессию из файла</translation>
    </message>
    <message>
        <source>tabletop sessions (*.tabletop)</source>
        <translation>Сессии tabletop (*.tabletop)</translation>
    </message>
    <message>
        <source>Recover a damaged session</source>
        <translation>Восстановить повреждённую сессию</translation>
    </message>
    <message>
        <source>{file} cannot be opened as it is. Recover it? Every intact event is saved into a new file beside it ({new_file}); the damaged file itself is left as it is.</source>
        <translation>Файл {file} нельзя открыть в нынешнем виде. Восстановить его? Все уцелевшие события будут сохранены в новый файл рядом с ним ({new_file}); сам повреждённый файл останется без изменений.</translation>
    </message>
    <message>
        <source>Choose the deck {file} was started from</source>
        <translation>Выберите сценарий, по которому была начата сессия {file}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: the deck stored in the session cannot be read. To recover its %n intact event(s), choose the deck file it was started from.</source>
        <translation>
            <numerusform>{file}: сценарий, сохранённый в сессии, не читается. Чтобы восстановить %n уцелевшее событие, выберите файл сценария, по которому сессия была начата.</numerusform>
            <numerusform>{file}: сценарий, сохранённый в сессии, не читается. Чтобы восстановить %n уцелевших события, выберите файл сценария, по которому сессия была начата.</numerusform>
            <numerusform>{file}: сценарий, сохранённый в сессии, не читается. Чтобы восстановить %n уцелевших событий, выберите файл сценария, по которому сессия была начата.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session recovered</source>
        <translation>Сессия восстановлена</translation>
    </message>
    <message numerus="yes">
        <source>%n intact event(s) were saved into {file}. The damaged file was left as it was. Resume the recovered session from the list.</source>
        <translation>
            <numerusform>%n уцелевшее событие сохранено в {file}. Повреждённый файл оставлен как был. Возобновите восстановленную сессию из списка.</numerusform>
            <numerusform>%n уцелевших события сохранены в {file}. Повреждённый файл оставлен как был. Возобновите восстановленную сессию из списка.</numerusform>
            <numerusform>%n уцелевших событий сохранено в {file}. Повреждённый файл оставлен как был. Возобновите восстановленную сессию из списка.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deck editor is not available in this installation of tabletop. Decks are YAML files: any text editor will do.</source>
        <translation>Редактор сценариев в этой установке tabletop недоступен. Сценарии — это файлы YAML: подойдёт любой текстовый редактор.</translation>
    </message>
</context>
<context>
    <name>NextReason</name>
    <message>
        <source>first inject</source>
        <translation>первая вводная</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>по порядку</translation>
    </message>
    <message>
        <source>as the inject before names it</source>
        <translation>так указано в предыдущей вводной</translation>
    </message>
    <message>
        <source>the end of the exercise</source>
        <translation>окончание учения</translation>
    </message>
    <message>
        <source>ends the exercise</source>
        <translation>завершает учение</translation>
    </message>
    <message>
        <source>branch: {label}</source>
        <translation>ветка: {label}</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>used by injects</source>
        <translation>используется во вводных</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Учебная цель:</translation>
    </message>
    <message>
        <source>an observable statement: Teams … within …</source>
        <translation>наблюдаемое утверждение: Команды … в течение …</translation>
    </message>
    <message>
        <source>Capability:</source>
        <translation>Способность:</translation>
    </message>
    <message>
        <source>e.g. Operational Communications</source>
        <translation>например: Оперативная связь</translation>
    </message>
</context>
<context>
    <name>ObservationBar</name>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Observation on this inject… (Ctrl+Alt+S strength, Ctrl+Alt+I area for improvement)</source>
        <translation>Наблюдение по этой вводной… (Ctrl+Alt+S — сильная сторона, Ctrl+Alt+I — область для улучшения)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>HSEEP rating of how the objective was performed</source>
        <translation>Оценка выполнения учебной цели по HSEEP</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Учебная цель</translation>
    </message>
    <message>
        <source>The learning objective the observation is about (the current inject&apos;s, unless you choose another)</source>
        <translation>Учебная цель, к которой относится наблюдение (цель текущей вводной, если не выбрать другую)</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Без учебной цели</translation>
    </message>
    <message>
        <source>Objective {number}: {text}</source>
        <translation>Цель {number}: {text}</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <source>Add as a strength</source>
        <translation>Добавить как сильную сторону</translation>
    </message>
    <message>
        <source>Note it as a strength (Ctrl+Alt+S)</source>
        <translation>Отметить как сильную сторону (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Улучшить</translation>
    </message>
    <message>
        <source>Add as an area for improvement</source>
        <translation>Добавить как область для улучшения</translation>
    </message>
    <message>
        <source>Note it as an area for improvement (Ctrl+Alt+I)</source>
        <translation>Отметить как область для улучшения (Ctrl+Alt+I)</translation>
    </message>
</context>
<context>
    <name>ObservationList</name>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>{kind}{rating}: {text}</source>
        <translation>{kind}{rating}: {text}</translation>
    </message>
</context>
<context>
    <name>PlayBar</name>
    <message>
        <source>Next inject</source>
        <translation>Следующая вводная</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Пропустить…</translation>
    </message>
    <message>
        <source>Skip inject</source>
        <translation>Пропустить вводную</translation>
    </message>
    <message>
        <source>Skip an inject, with a reason for the report (F6)</source>
        <translation>Пропустить вводную с указанием причины для отчёта (F6)</translation>
    </message>
    <message>
        <source>Deliver other…</source>
        <translation>Выдать другую…</translation>
    </message>
    <message>
        <source>Deliver a chosen inject</source>
        <translation>Выдать выбранную вводную</translation>
    </message>
    <message>
        <source>Deliver a chosen inject now, e.g. a contingency (F7)</source>
        <translation>Выдать выбранную вводную сейчас, например резервную (F7)</translation>
    </message>
    <message>
        <source>Hot wash</source>
        <translation>Экспресс-разбор</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>Сессия завершена</translation>
    </message>
    <message>
        <source>Record the hot wash and export the after-action report.</source>
        <translation>Проведите экспресс-разбор и экспортируйте отчёт по итогам учения.</translation>
    </message>
    <message>
        <source>Hot wash and end</source>
        <translation>Разбор и завершение</translation>
    </message>
    <message>
        <source>No more injects on the story line</source>
        <translation>На сюжетной линии вводных больше нет</translation>
    </message>
    <message>
        <source>Deliver a contingency inject with Deliver other…, or go to the hot wash.</source>
        <translation>Выдайте резервную вводную кнопкой «Выдать другую…» или переходите к экспресс-разбору.</translation>
    </message>
    <message>
        <source>Every inject has been played: go to the hot wash.</source>
        <translation>Все вводные сыграны: переходите к экспресс-разбору.</translation>
    </message>
    <message>
        <source>Next: {inject}</source>
        <translation>Далее: {inject}</translation>
    </message>
    <message>
        <source>{what} (F5)</source>
        <translation>{what} (F5)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>The language of the menus, buttons and messages. The language a class plays a deck in is chosen for each session, when it is set up; a report&apos;s language when it is exported.</source>
        <translation>Язык меню, кнопок и сообщений. Язык, на котором группа играет сценарий, выбирается для каждой сессии при её подготовке; язык отчёта — при экспорте.</translation>
    </message>
    <message>
        <source>The environment variable {variable} is set to {language}: while it is set, tabletop starts in that language whatever is chosen here.</source>
        <translation>Переменная окружения {variable} задаёт язык {language}: пока она задана, tabletop запускается на этом языке, что бы здесь ни было выбрано.</translation>
    </message>
    <message>
        <source>tabletop will be in {language} when it starts again. The windows open now keep their language.</source>
        <translation>tabletop перейдёт на язык «{language}» при следующем запуске. Уже открытые окна сохраняют свой язык.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Inject {number}</source>
        <translation>Вводная {number}</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Вводные</translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation>Команда {number}</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Channel {number}</source>
        <translation>Канал {number}</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Objective {number}</source>
        <translation>Учебная цель {number}</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Учебные цели</translation>
    </message>
    <message>
        <source>Source {number}</source>
        <translation>Источник {number}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>this field{rest}</source>
        <translation>это поле{rest}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Error · {where}: {problem}</source>
        <translation>Ошибка · {where}: {problem}</translation>
    </message>
    <message>
        <source>Warning · {where}: {problem}</source>
        <translation>Предупреждение · {where}: {problem}</translation>
    </message>
    <message>
        <source>No problems: the deck is valid.</source>
        <translation>Проблем нет: сценарий корректен.</translation>
    </message>
    <message>
        <source>{errors}, {warnings} — click one to go to the field.</source>
        <translation>{errors}, {warnings} — щёлкните по строке, чтобы перейти к полю.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <source>Projector — {deck}</source>
        <translation>Проектор — {deck}</translation>
    </message>
    <message>
        <source>Scenario time</source>
        <translation>Сценарное время</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>Уровень эскалации</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Вводная</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Текст вводной</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Escalation {level}: {name}</source>
        <translation>Эскалация {level}: {name}</translation>
    </message>
    <message>
        <source>The exercise has ended.</source>
        <translation>Учение завершено.</translation>
    </message>
    <message>
        <source>The exercise is about to begin.</source>
        <translation>Учение скоро начнётся.</translation>
    </message>
    <message>
        <source>Day {day}  {time}</source>
        <translation>День {day}  {time}</translation>
    </message>
    <message>
        <source>Held: the screen is blank</source>
        <translation>Пауза: экран затемнён</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <source>it could not be made ({problem})</source>
        <translation>не удалось создать ({problem})</translation>
    </message>
    <message>
        <source>Nothing was written: {problem}</source>
        <translation>Ничего не записано: {problem}</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Injects</source>
        <translation>Вводные</translation>
    </message>
    <message>
        <source>Add an inject after the selected one</source>
        <translation>Добавить вводную после выбранной</translation>
    </message>
    <message>
        <source>Copy the selected inject</source>
        <translation>Копировать выбранную вводную</translation>
    </message>
    <message>
        <source>Delete the selected inject</source>
        <translation>Удалить выбранную вводную</translation>
    </message>
    <message>
        <source>Move the inject up</source>
        <translation>Переместить вводную выше</translation>
    </message>
    <message>
        <source>Move the inject down</source>
        <translation>Переместить вводную ниже</translation>
    </message>
    <message>
        <source>No inject selected. Add one with Add.</source>
        <translation>Вводная не выбрана. Добавьте её кнопкой «Добавить».</translation>
    </message>
    <message>
        <source>Add inject</source>
        <translation>добавление вводной</translation>
    </message>
    <message>
        <source>Duplicate inject</source>
        <translation>копирование вводной</translation>
    </message>
    <message>
        <source>Delete inject</source>
        <translation>удаление вводной</translation>
    </message>
    <message>
        <source>Move inject</source>
        <translation>перемещение вводной</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Add a team after the selected one</source>
        <translation>Добавить команду после выбранной</translation>
    </message>
    <message>
        <source>Copy the selected team</source>
        <translation>Копировать выбранную команду</translation>
    </message>
    <message>
        <source>Delete the selected team</source>
        <translation>Удалить выбранную команду</translation>
    </message>
    <message>
        <source>Move the team up</source>
        <translation>Переместить команду выше</translation>
    </message>
    <message>
        <source>Move the team down</source>
        <translation>Переместить команду ниже</translation>
    </message>
    <message>
        <source>No team selected. Add one with Add.</source>
        <translation>Команда не выбрана. Добавьте её кнопкой «Добавить».</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>добавление команды</translation>
    </message>
    <message>
        <source>Duplicate team</source>
        <translation>копирование команды</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>удаление команды</translation>
    </message>
    <message>
        <source>Move team</source>
        <translation>перемещение команды</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Учебные цели</translation>
    </message>
    <message>
        <source>Add an objective after the selected one</source>
        <translation>Добавить учебную цель после выбранной</translation>
    </message>
    <message>
        <source>Copy the selected objective</source>
        <translation>Копировать выбранную учебную цель</translation>
    </message>
    <message>
        <source>Delete the selected objective</source>
        <translation>Удалить выбранную учебную цель</translation>
    </message>
    <message>
        <source>Move the objective up</source>
        <translation>Переместить учебную цель выше</translation>
    </message>
    <message>
        <source>Move the objective down</source>
        <translation>Переместить учебную цель ниже</translation>
    </message>
    <message>
        <source>No objective selected. Add one with Add.</source>
        <translation>Учебная цель не выбрана. Добавьте её кнопкой «Добавить».</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>добавление учебной цели</translation>
    </message>
    <message>
        <source>Duplicate objective</source>
        <translation>копирование учебной цели</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>удаление учебной цели</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>перемещение учебной цели</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Add a source after the selected one</source>
        <translation>Добавить источник после выбранного</translation>
    </message>
    <message>
        <source>Copy the selected source</source>
        <translation>Копировать выбранный источник</translation>
    </message>
    <message>
        <source>Delete the selected source</source>
        <translation>Удалить выбранный источник</translation>
    </message>
    <message>
        <source>Move the source up</source>
        <translation>Переместить источник выше</translation>
    </message>
    <message>
        <source>Move the source down</source>
        <translation>Переместить источник ниже</translation>
    </message>
    <message>
        <source>No source selected. Add one with Add.</source>
        <translation>Источник не выбран. Добавьте его кнопкой «Добавить».</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>добавление источника</translation>
    </message>
    <message>
        <source>Duplicate source</source>
        <translation>копирование источника</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>удаление источника</translation>
    </message>
    <message>
        <source>Move source</source>
        <translation>перемещение источника</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Add a channel after the selected one</source>
        <translation>Добавить канал после выбранного</translation>
    </message>
    <message>
        <source>Copy the selected channel</source>
        <translation>Копировать выбранный канал</translation>
    </message>
    <message>
        <source>Delete the selected channel</source>
        <translation>Удалить выбранный канал</translation>
    </message>
    <message>
        <source>Move the channel up</source>
        <translation>Переместить канал выше</translation>
    </message>
    <message>
        <source>Move the channel down</source>
        <translation>Переместить канал ниже</translation>
    </message>
    <message>
        <source>No channel selected. Add one with Add.</source>
        <translation>Канал не выбран. Добавьте его кнопкой «Добавить».</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>добавление канала</translation>
    </message>
    <message>
        <source>Duplicate channel</source>
        <translation>копирование канала</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>удаление канала</translation>
    </message>
    <message>
        <source>Move channel</source>
        <translation>перемещение канала</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Выше (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Ниже (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export after-action report</source>
        <translation>Экспорт отчёта по итогам учения</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents, editable (*.docx)</source>
        <translation>Документы Word, редактируемые (*.docx)</translation>
    </message>
    <message>
        <source>the report could not be made ({problem})</source>
        <translation>не удалось подготовить отчёт ({problem})</translation>
    </message>
    <message>
        <source>Building the after-action report…</source>
        <translation>Подготовка отчёта по итогам учения…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>The after-action report was saved as {file}, but no program to show it could be opened. Open the file from your file manager.</source>
        <translation>Отчёт по итогам учения сохранён как {file}, но не удалось открыть программу для его просмотра. Откройте файл в файловом менеджере.</translation>
    </message>
    <message>
        <source>The report was made, but some entries of the session could not be applied; the report&apos;s event log marks them as ignored.</source>
        <translation>Отчёт подготовлен, но некоторые записи сессии применить не удалось; в журнале событий отчёта они отмечены как пропущенные.</translation>
    </message>
    <message>
        <source>The after-action report could not be saved: {problem}

The session itself is not affected; try again, for example in another folder.</source>
        <translation>Не удалось сохранить отчёт по итогам учения: {problem}

Сама сессия не затронута; попробуйте ещё раз, например в другой папке.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <source>{exercise}-after-action-report</source>
        <translation>{exercise}-отчёт-по-итогам-учения</translation>
    </message>
    <message>
        <source>PDF documents in {language} (*.pdf)</source>
        <translation>Документы PDF, язык: {language} (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents in {language}, editable (*.docx)</source>
        <translation>Документы Word, язык: {language}, редактируемые (*.docx)</translation>
    </message>
    <message>
        <source>The after-action report was not saved: {problem}.</source>
        <translation>Отчёт по итогам учения не сохранён: {problem}.</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>Файл {file} уже существует. Заменить его?</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the submission with a note</source>
        <translation>Вернуть присланное с пояснением</translation>
    </message>
    <message>
        <source>Why it goes back, for the team to read</source>
        <translation>Почему возвращается — это прочитает команда</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ScenarioTime</name>
    <message>
        <source>Day {day} {time}</source>
        <translation>День {day}, {time}</translation>
    </message>
    <message>
        <source>D{day} {time}</source>
        <comment>short for Day 1 06:40</comment>
        <translation>Д{day} {time}</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The session is closed.</source>
        <translation>Сессия закрыта.</translation>
    </message>
    <message>
        <source>{problem} Nothing was recorded for this action; everything recorded before it is safe in the session file.</source>
        <translation>{problem} Это действие не зафиксировано; всё, что зафиксировано раньше, сохранено в файле сессии.</translation>
    </message>
    <message>
        <source>The session file could not be written ({problem}). Nothing was recorded for this action; everything recorded before it is safe.</source>
        <translation>Не удалось записать файл сессии ({problem}). Это действие не зафиксировано; всё, что зафиксировано раньше, в сохранности.</translation>
    </message>
    <message>
        <source>Amendment of decision {decision}</source>
        <translation>Исправление решения {decision}</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>last activity {time}</source>
        <translation>последнее действие {time}</translation>
    </message>
    <message>
        <source>started {time}</source>
        <translation>начата {time}</translation>
    </message>
</context>
<context>
    <name>SessionSetupWindow</name>
    <message>
        <source>{deck}, {date}</source>
        <translation>{deck}, {date}</translation>
    </message>
    <message>
        <source>Set up a session — {deck}</source>
        <translation>Подготовка сессии — {deck}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Начать сессию</translation>
    </message>
    <message>
        <source>{deck} has errors</source>
        <translation>В {deck} есть ошибки</translation>
    </message>
    <message>
        <source>Fix these problems in the deck file (or the deck editor), then set up the session again.</source>
        <translation>Исправьте эти проблемы в файле сценария (или в редакторе сценариев) и подготовьте сессию заново.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Около %n минуты</numerusform>
            <numerusform>Около %n минут</numerusform>
            <numerusform>Около %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s).</source>
        <translation>
            <numerusform>%n вводная.</numerusform>
            <numerusform>%n вводные.</numerusform>
            <numerusform>%n вводных.</numerusform>
        </translation>
    </message>
    <message>
        <source>The language the class plays in</source>
        <translation>Язык, на котором играет группа</translation>
    </message>
    <message>
        <source>{language} (the deck&apos;s own)</source>
        <translation>{language} (язык оригинала сценария)</translation>
    </message>
    <message>
        <source>{language} (translation)</source>
        <translation>{language} (перевод)</translation>
    </message>
    <message>
        <source>The deck&apos;s text (injects, teams, channels, the ladder) in this language on the console, the projector, team devices and the report</source>
        <translation>Текст сценария (вводные, команды, каналы, лестница) на этом языке на пульте, проекторе, устройствах команд и в отчёте</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>&amp;Language of play:</source>
        <translation>&amp;Язык игры:</translation>
    </message>
    <message>
        <source>Session &amp;name:</source>
        <translation>&amp;Название сессии:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Ведущий:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Starting &amp;escalation:</source>
        <translation>Начальный уровень &amp;эскалации:</translation>
    </message>
    <message>
        <source>Save &amp;in…</source>
        <translation>Со&amp;хранить в…</translation>
    </message>
    <message>
        <source>Session file:</source>
        <translation>Файл сессии:</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Rename a team for this class and add its players. Untick a team the class does not field.</source>
        <translation>Переименуйте команду для этой группы и впишите игроков. Снимите отметку с команды, которую группа не выставляет.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Название команды</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Participants (comma-separated)</source>
        <translation>Участники (через запятую)</translation>
    </message>
    <message>
        <source>Channels at the start</source>
        <translation>Каналы в начале</translation>
    </message>
    <message>
        <source>Adjust a channel&apos;s starting status for this run; the deck is unchanged.</source>
        <translation>Измените начальный статус канала для этой игры; сценарий при этом не меняется.</translation>
    </message>
    <message>
        <source>Channels and their starting status</source>
        <translation>Каналы и их начальный статус</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Starting status</source>
        <translation>Начальный статус</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Время доставки</translation>
    </message>
    <message>
        <source>{channel}
Parties: {parties}</source>
        <translation>{channel}
Стороны: {parties}</translation>
    </message>
    <message>
        <source>Starting status of {channel}</source>
        <translation>Начальный статус канала «{channel}»</translation>
    </message>
    <message>
        <source>Changed for this run</source>
        <translation>Изменено для этой игры</translation>
    </message>
    <message>
        <source>As the deck sets it</source>
        <translation>Как задано в сценарии</translation>
    </message>
    <message>
        <source>A new file named by date and deck in {folder}</source>
        <translation>Новый файл с датой и названием сценария в папке {folder}</translation>
    </message>
    <message>
        <source>Save the session file as</source>
        <translation>Сохранить файл сессии как</translation>
    </message>
    <message>
        <source>tabletop sessions (*.tabletop)</source>
        <translation>Сессии tabletop (*.tabletop)</translation>
    </message>
    <message>
        <source>Two teams are called “{name}”: give each team a name of its own.</source>
        <translation>Две команды называются «{name}»: дайте каждой команде своё название.</translation>
    </message>
    <message>
        <source>{problem} Choose another place with “Save in…”.</source>
        <translation>{problem} Выберите другое место кнопкой «Сохранить в…».</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>not ended</source>
        <translation>не завершена</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>open elsewhere</source>
        <translation>открыта в другом окне</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждена</translation>
    </message>
    <message>
        <source>not a session</source>
        <translation>не файл сессии</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>made by a newer version</source>
        <translation>создана более новой версией</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip an inject</source>
        <translation>Пропуск вводной</translation>
    </message>
    <message>
        <source>Why is it skipped? The reason goes into the after-action report.</source>
        <translation>Почему она пропускается? Причина попадёт в отчёт по итогам учения.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Inject to skip</source>
        <translation>Пропускаемая вводная</translation>
    </message>
    <message>
        <source>{inject} (next)</source>
        <translation>{inject} (следующая)</translation>
    </message>
    <message>
        <source>&amp;Inject:</source>
        <translation>&amp;Вводная:</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>cited by injects</source>
        <translation>на него ссылаются вводные</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Издатель:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>as written, e.g. 2026-01</source>
        <translation>как написано, например 2026-01</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>where to find it</source>
        <translation>где его найти</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>what the deck takes from it</source>
        <translation>что сценарий из него берёт</translation>
    </message>
</context>
<context>
    <name>SourceRefs</name>
    <message>
        <source>Cite a source</source>
        <translation>Сослаться на источник</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>section or page</source>
        <translation>раздел или страница</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>what the inject takes from it</source>
        <translation>что вводная из него берёт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>изменение источника</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>удаление ссылки на источник</translation>
    </message>
    <message>
        <source>Cite source</source>
        <translation>ссылку на источник</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Decks and sessions</source>
        <translation>Сценарии и сессии</translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Choose an exercise deck to set up a session, or resume one.</source>
        <translation>Выберите сценарий, чтобы подготовить сессию, или возобновите начатую.</translation>
    </message>
    <message>
        <source>Language: {language}…</source>
        <translation>Язык: {language}…</translation>
    </message>
    <message>
        <source>The language of the menus, buttons and messages</source>
        <translation>Язык меню, кнопок и сообщений</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Set up a session with the selected deck…</source>
        <translation>&amp;Подготовить сессию по выбранному сценарию…</translation>
    </message>
    <message>
        <source>&amp;Open deck file…</source>
        <translation>&amp;Открыть файл сценария…</translation>
    </message>
    <message>
        <source>&amp;Resume session file…</source>
        <translation>&amp;Возобновить сессию из файла…</translation>
    </message>
    <message>
        <source>New &amp;deck…</source>
        <translation>&amp;Новый сценарий…</translation>
    </message>
    <message>
        <source>&amp;Edit the selected deck…</source>
        <translation>&amp;Изменить выбранный сценарий…</translation>
    </message>
    <message>
        <source>Re&amp;fresh lists</source>
        <translation>О&amp;бновить списки</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <source>&amp;About tabletop</source>
        <translation>&amp;О программе tabletop</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Set up session…</source>
        <translation>Подготовить сессию…</translation>
    </message>
    <message>
        <source>Open deck file…</source>
        <translation>Открыть файл сценария…</translation>
    </message>
    <message>
        <source>New deck…</source>
        <translation>Новый сценарий…</translation>
    </message>
    <message>
        <source>Edit deck…</source>
        <translation>Изменить сценарий…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>Sessions, unfinished first</source>
        <translation>Сессии, незавершённые первыми</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Save every intact event of a damaged file into a new one</source>
        <translation>Сохранить все уцелевшие события повреждённого файла в новый файл</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <source>No sessions yet. Choose a deck and press Set up session…: every session run here is listed, and one that was not ended is offered first.</source>
        <translation>Сессий пока нет. Выберите сценарий и нажмите «Подготовить сессию…»: здесь будут перечислены все проведённые сессии, а незавершённая будет предложена первой.</translation>
    </message>
    <message>
        <source>Your decks folder: {folder}</source>
        <translation>Папка ваших сценариев: {folder}</translation>
    </message>
    <message>
        <source>Open in another tabletop window</source>
        <translation>Открыта в другом окне tabletop</translation>
    </message>
    <message>
        <source>Sessions folder: {folder}</source>
        <translation>Папка сессий: {folder}</translation>
    </message>
    <message>
        <source>&lt;b&gt;A session was not ended:&lt;/b&gt; {session} ({deck}), last activity {time}. Everything recorded in it is safe: resume it to carry on where it stopped.</source>
        <translation>&lt;b&gt;Сессия не была завершена:&lt;/b&gt; {session} ({deck}), последнее действие {time}. Всё, что в ней записано, сохранено: возобновите её, чтобы продолжить с того места, где она остановилась.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A session was not ended:&lt;/b&gt; {session}, last activity {time}. Everything recorded in it is safe: resume it to carry on where it stopped.</source>
        <translation>&lt;b&gt;Сессия не была завершена:&lt;/b&gt; {session}, последнее действие {time}. Всё, что в ней записано, сохранено: возобновите её, чтобы продолжить с того места, где она остановилась.</translation>
    </message>
    <message numerus="yes">
        <source>%n more unfinished session(s) are in the list.</source>
        <translation>
            <numerusform>В списке есть ещё %n незавершённая сессия.</numerusform>
            <numerusform>В списке есть ещё %n незавершённые сессии.</numerusform>
            <numerusform>В списке есть ещё %n незавершённых сессий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>{file} is open in another tabletop window. Switch to that window, or close it there first.</source>
        <translation>Файл {file} открыт в другом окне tabletop. Перейдите в то окно или сначала закройте сессию там.</translation>
    </message>
    <message>
        <source>About tabletop</source>
        <translation>О программе tabletop</translation>
    </message>
    <message>
        <source>Run crisis tabletop exercises in a classroom.</source>
        <translation>Проведение командно-штабных игр по кризисным ситуациям в учебной аудитории.</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Затруднён</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложен</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Переведено</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Нет перевода</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Устарело</translation>
    </message>
    <message>
        <source>Not in the deck</source>
        <translation>Нет в сценарии</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <source>Area for improvement</source>
        <translation>Область для улучшения</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Не завершена</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Open elsewhere</source>
        <translation>Открыта в другом окне</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Повреждена</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>С задержкой</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Не доставлено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>No message</source>
        <translation>Не сообщение</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущая</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущена</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующая</translation>
    </message>
</context>
<context>
    <name>SubmissionsPanel</name>
    <message>
        <source>Accept messages automatically</source>
        <translation>Принимать сообщения автоматически</translation>
    </message>
    <message>
        <source>Record every message from a device as it comes (for this session); actions, statements and agreements still wait here</source>
        <translation>Фиксировать каждое сообщение с устройства сразу по получении (для этой сессии); действия, заявления и согласия по-прежнему ждут здесь</translation>
    </message>
    <message>
        <source>Submissions from team devices</source>
        <translation>Присланное с устройств команд</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} с</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>No submission from a team device is waiting.</source>
        <translation>Нет ничего, присланного с устройств команд и ожидающего решения.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>&amp;Edit, then accept…</source>
        <translation>&amp;Исправить и принять…</translation>
    </message>
    <message>
        <source>Re&amp;turn with a note…</source>
        <translation>&amp;Вернуть с пояснением…</translation>
    </message>
</context>
<context>
    <name>SuggestionTally</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamConsole</name>
    <message>
        <source>Submissions from team devices</source>
        <translation>Присланное с устройств команд</translation>
    </message>
</context>
<context>
    <name>TeamDevices</name>
    <message>
        <source>The session has ended: team devices cannot join any more.</source>
        <translation>Сессия завершена: устройства команд больше не могут подключиться.</translation>
    </message>
    <message>
        <source>Team devices could not start: {problem}.</source>
        <translation>Не удалось включить устройства команд: {problem}.</translation>
    </message>
    <message>
        <source>Team devices: port {old} was taken, so they now use port {new}; print new join cards or read the new addresses from Session → Team devices.</source>
        <translation>Устройства команд: порт {old} занят, поэтому теперь используется порт {new}; напечатайте новые карточки подключения или возьмите новые адреса в меню Сессия → Устройства команд.</translation>
    </message>
    <message>
        <source>The team-device settings could not be saved: {problem}</source>
        <translation>Не удалось сохранить настройки устройств команд: {problem}</translation>
    </message>
</context>
<context>
    <name>TeamDevicesDialog</name>
    <message>
        <source>QR code for {team}</source>
        <translation>QR-код для команды «{team}»</translation>
    </message>
    <message>
        <source>Revoke access (new code)</source>
        <translation>Отозвать доступ (новый код)</translation>
    </message>
    <message>
        <source>Print handouts…</source>
        <translation>Печать раздаточных материалов…</translation>
    </message>
    <message>
        <source>Team devices</source>
        <translation>Устройства команд</translation>
    </message>
    <message>
        <source>The address of this computer that the join codes show</source>
        <translation>Адрес этого компьютера, который указан в кодах подключения</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Accept messages automatically</source>
        <translation>Принимать сообщения автоматически</translation>
    </message>
    <message>
        <source>Print join cards…</source>
        <translation>Печать карточек подключения…</translation>
    </message>
    <message>
        <source>Announce the real level to every team…</source>
        <translation>Сообщить всем командам реальный уровень…</translation>
    </message>
    <message>
        <source>Devices talk to this computer in plain HTTP over the room&apos;s network: anyone on the same network could read what they send and receive. Use the room&apos;s own Wi-Fi or a phone hotspot you control, and stop the server when the class is over.</source>
        <translation>Устройства связываются с этим компьютером по обычному HTTP через сеть аудитории: любой в той же сети может прочитать, что они отправляют и получают. Используйте Wi-Fi самой аудитории или точку доступа телефона, которую вы контролируете, и остановите сервер после занятия.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On&lt;/b&gt;: listening on port {port}. Teams join with the addresses below (same network as this computer).</source>
        <translation>&lt;b&gt;Включено&lt;/b&gt;: ожидание подключений на порту {port}. Команды подключаются по адресам ниже (в одной сети с этим компьютером).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Off&lt;/b&gt;: no device can reach this session.</source>
        <translation>&lt;b&gt;Выключено&lt;/b&gt;: ни одно устройство не может подключиться к этой сессии.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>(start the server to see the address)</source>
        <translation>(включите сервер, чтобы увидеть адрес)</translation>
    </message>
    <message>
        <source>This team has no team-only cards: there is nothing to print.</source>
        <translation>У этой команды нет карточек только для неё: печатать нечего.</translation>
    </message>
    <message>
        <source>No device connected.</source>
        <translation>Устройства не подключены.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected ({addresses})</source>
        <translation>
            <numerusform>Подключено %n устройство ({addresses})</numerusform>
            <numerusform>Подключено %n устройства ({addresses})</numerusform>
            <numerusform>Подключено %n устройств ({addresses})</numerusform>
        </translation>
    </message>
    <message>
        <source>Team devices are off; their pages say they are reconnecting.</source>
        <translation>Устройства команд выключены; на их страницах написано, что идёт переподключение.</translation>
    </message>
    <message>
        <source>{team} has a new join code: its devices were disconnected and its old card no longer works. Give the team its new QR code.</source>
        <translation>У команды «{team}» новый код подключения: её устройства отключены, старая карточка больше не работает. Выдайте команде новый QR-код.</translation>
    </message>
    <message>
        <source>Announce the escalation level</source>
        <translation>Сообщить уровень эскалации</translation>
    </message>
    <message>
        <source>Tell every team that the level is {level} ({name})? Their believed level becomes the real one.</source>
        <translation>Сообщить всем командам, что уровень — {level} ({name})? Их предполагаемый уровень станет реальным.</translation>
    </message>
    <message>
        <source>Save the join cards</source>
        <translation>Сохранить карточки подключения</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Join cards saved to {path}: one page per team.</source>
        <translation>Карточки подключения сохранены в {path}: по странице на команду.</translation>
    </message>
    <message>
        <source>Save the handouts</source>
        <translation>Сохранить раздаточные материалы</translation>
    </message>
    <message numerus="yes">
        <source>%n handout(s) for {team} saved to {path}: hand each page over when its inject is delivered.</source>
        <translation>
            <numerusform>%n раздаточный материал для команды «{team}» сохранён в {path}: передавайте каждую страницу, когда выдана её вводная.</numerusform>
            <numerusform>%n раздаточных материала для команды «{team}» сохранены в {path}: передавайте каждую страницу, когда выдана её вводная.</numerusform>
            <numerusform>%n раздаточных материалов для команды «{team}» сохранены в {path}: передавайте каждую страницу, когда выдана её вводная.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamForm</name>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>переименование команды</translation>
    </message>
    <message>
        <source>used by injects and branches; renaming it renames them too</source>
        <translation>используется во вводных и ветках; при переименовании они меняются тоже</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>e.g. North Atlantic Council</source>
        <translation>например: Североатлантический совет</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Краткое имя:</translation>
    </message>
    <message>
        <source>its tag on the escalation meter and in the log, e.g. NATO (12 at most)</source>
        <translation>метка команды на шкале эскалации и в журнале, например НАТО (не более 12 знаков)</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Сторона:</translation>
    </message>
    <message>
        <source>teams on different sides are the other side for the escalation meter</source>
        <translation>команды разных сторон — «другая сторона» на шкале эскалации</translation>
    </message>
    <message>
        <source>Speaks for:</source>
        <translation>Выступает за:</translation>
    </message>
    <message>
        <source>the channel parties this team speaks for, e.g. nato, europe</source>
        <translation>стороны каналов, за которые выступает команда, например nato, europe</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>one line: who they are</source>
        <translation>одна строка: кто они</translation>
    </message>
    <message>
        <source>Briefing:</source>
        <translation>Вводная информация:</translation>
    </message>
    <message>
        <source>read to the team before play</source>
        <translation>зачитывается команде перед игрой</translation>
    </message>
    <message>
        <source>Players:</source>
        <translation>Игроки:</translation>
    </message>
    <message>
        <source>names of the people playing it (usually set when the session starts)</source>
        <translation>имена играющих за команду (обычно задаются в начале сессии)</translation>
    </message>
    <message>
        <source>Parties in the catalog: {parties}</source>
        <translation>Стороны в каталоге: {parties}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Set</source>
        <translation>Задано</translation>
    </message>
    <message>
        <source>Day </source>
        <translation>День </translation>
    </message>
</context>
<context>
    <name>TranslationTab</name>
    <message>
        <source>the deck has no id yet: give it one before translating it</source>
        <translation>у сценария ещё нет идентификатора: задайте его перед переводом</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Every text</source>
        <translation>Все тексты</translation>
    </message>
    <message>
        <source>Missing or stale</source>
        <translation>Без перевода или устаревшие</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>Со&amp;хранить перевод</translation>
    </message>
    <message>
        <source>Drop the extra entries</source>
        <translation>Убрать лишние записи</translation>
    </message>
    <message>
        <source>Leave out the entries of texts the deck no longer has</source>
        <translation>Убрать записи текстов, которых в сценарии больше нет</translation>
    </message>
    <message>
        <source>Texts of the deck</source>
        <translation>Тексты сценария</translation>
    </message>
    <message>
        <source>Translated from:</source>
        <translation>Переведено с:</translation>
    </message>
    <message>
        <source>The source the translation was made from</source>
        <translation>Исходный текст, с которого сделан перевод</translation>
    </message>
    <message>
        <source>&amp;Keep: the translation still fits the source</source>
        <translation>&amp;Оставить: перевод соответствует оригиналу</translation>
    </message>
    <message>
        <source>{language} (new translation)</source>
        <translation>{language} (новый перевод)</translation>
    </message>
    <message>
        <source>A translation is a file beside the deck: save the deck first, then translate it here.</source>
        <translation>Перевод — это файл рядом со сценарием: сначала сохраните сценарий, затем переводите здесь.</translation>
    </message>
    <message>
        <source>The translation file: {path}</source>
        <translation>Файл перевода: {path}</translation>
    </message>
    <message>
        <source>(made when you save)</source>
        <translation>(будет создан при сохранении)</translation>
    </message>
    <message>
        <source>Source ({language}):</source>
        <translation>Оригинал ({language}):</translation>
    </message>
    <message>
        <source>&amp;Translation ({language}):</source>
        <translation>Пере&amp;вод ({language}):</translation>
    </message>
    <message>
        <source>{done} of {total} translated · {missing} missing · {stale} stale · {extra} not in the deck</source>
        <translation>Переведено {done} из {total} · без перевода {missing} · устарело {stale} · нет в сценарии {extra}</translation>
    </message>
    <message>
        <source>The translation was not saved</source>
        <translation>Перевод не сохранён</translation>
    </message>
    <message>
        <source>Saved the translation to {path}</source>
        <translation>Перевод сохранён в {path}</translation>
    </message>
    <message>
        <source>Unsaved translation</source>
        <translation>Несохранённый перевод</translation>
    </message>
    <message>
        <source>Save the changes to the translation {file} before closing?</source>
        <translation>Сохранить изменения перевода {file} перед закрытием?</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>the deck could not be checked: {problem}</source>
        <translation>не удалось проверить сценарий: {problem}</translation>
    </message>
</context>
</TS>
