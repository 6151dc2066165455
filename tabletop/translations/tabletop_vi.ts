<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend decision {decision}</source>
        <translation>Sửa quyết định {decision}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đội</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Loại quyết định</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh liên lạc</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Đội nhận</translation>
    </message>
    <message>
        <source>Leave all unticked to send to every team on the channel</source>
        <translation>Để trống tất cả để gửi tới mọi đội trên kênh</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Suggested escalation change</source>
        <translation>Đề xuất thay đổi mức leo thang</translation>
    </message>
    <message>
        <source>The original stays in the session&apos;s log; the report shows the amended decision. An agreement to open a channel cannot be moved: withdraw it and record a new one.</source>
        <translation>Bản gốc vẫn được giữ trong nhật ký của phiên; báo cáo dùng quyết định đã sửa. Không thể chuyển một thỏa thuận mở kênh: hãy rút lại và ghi nhận một thỏa thuận mới.</translation>
    </message>
    <message>
        <source>The original stays in the session&apos;s log; the report shows the amended decision. A message moved to another team or channel is sent again as of the moment it was made.</source>
        <translation>Bản gốc vẫn được giữ trong nhật ký của phiên; báo cáo dùng quyết định đã sửa. Thông điệp được chuyển sang đội hoặc kênh khác sẽ được gửi lại tính từ thời điểm nó được đưa ra.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>Độ&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kênh:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Gửi &amp;tới:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Nhãn:</translation>
    </message>
    <message>
        <source>E&amp;scalation:</source>
        <translation>Leo t&amp;hang:</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>— none: an action, not a message —</source>
        <translation>— không có: một hành động, không phải thông điệp —</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unknown arguments: {arguments}. Use &apos;tabletop run DECK&apos; or &apos;tabletop resume FILE&apos;.</source>
        <translation>Tham số không hợp lệ: {arguments}. Hãy dùng &apos;tabletop run DECK&apos; hoặc &apos;tabletop resume FILE&apos;.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra sự cố</translation>
    </message>
    <message>
        <source>tabletop met an unexpected problem. Your deck is as you left it in the editor; save it now (Ctrl+S), then carry on.</source>
        <translation>tabletop gặp một sự cố không lường trước. Bộ tình huống của bạn vẫn nguyên như trong trình soạn thảo; hãy lưu ngay (Ctrl+S), rồi tiếp tục.</translation>
    </message>
    <message>
        <source>tabletop met an unexpected problem. Everything recorded so far is saved in the session file; you can carry on, or close and resume the session.</source>
        <translation>tabletop gặp một sự cố không lường trước. Mọi nội dung đã ghi nhận đều được lưu trong tệp phiên; bạn có thể tiếp tục, hoặc đóng lại rồi mở tiếp phiên.</translation>
    </message>
    <message>
        <source>tabletop met an unexpected problem. Nothing saved is lost; you can carry on.</source>
        <translation>tabletop gặp một sự cố không lường trước. Không có gì đã lưu bị mất; bạn có thể tiếp tục.</translation>
    </message>
</context>
<context>
    <name>BranchBox</name>
    <message>
        <source>&lt;b&gt;Branch {number}&lt;/b&gt; — if</source>
        <translation>&lt;b&gt;Nhánh {number}&lt;/b&gt; — nếu</translation>
    </message>
    <message>
        <source>a short name shown to the facilitator (optional)</source>
        <translation>tên ngắn hiển thị cho người điều phối (không bắt buộc)</translation>
    </message>
    <message>
        <source>Branch {number} label</source>
        <translation>Tên nhánh {number}</translation>
    </message>
    <message>
        <source>Move this branch up (it is tried earlier)</source>
        <translation>Đưa nhánh này lên (được xét sớm hơn)</translation>
    </message>
    <message>
        <source>Move this branch up</source>
        <translation>Đưa nhánh này lên</translation>
    </message>
    <message>
        <source>Move this branch down</source>
        <translation>Đưa nhánh này xuống</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this branch</source>
        <translation>Xóa nhánh này</translation>
    </message>
    <message>
        <source>Add a test</source>
        <translation>Thêm điều kiện</translation>
    </message>
    <message>
        <source>Add a test that must hold as well</source>
        <translation>Thêm một điều kiện cũng phải thỏa mãn</translation>
    </message>
    <message>
        <source>then go to</source>
        <translation>thì chuyển tới</translation>
    </message>
    <message>
        <source>Branch {number} goes to</source>
        <translation>Nhánh {number} dẫn tới</translation>
    </message>
</context>
<context>
    <name>BranchEditor</name>
    <message>
        <source>Add a branch</source>
        <translation>Thêm nhánh</translation>
    </message>
    <message>
        <source>Otherwise go to</source>
        <translation>Nếu không, chuyển tới</translation>
    </message>
    <message>
        <source>the next standard inject in order</source>
        <translation>tình huống chuẩn tiếp theo theo thứ tự</translation>
    </message>
    <message>
        <source>next</source>
        <translation>tiếp theo</translation>
    </message>
    <message>
        <source>the end of the exercise</source>
        <translation>kết thúc cuộc diễn tập</translation>
    </message>
    <message>
        <source>Edit branch</source>
        <translation>sửa nhánh</translation>
    </message>
    <message>
        <source>Add branch</source>
        <translation>thêm nhánh</translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation>xóa nhánh</translation>
    </message>
    <message>
        <source>Move branch</source>
        <translation>di chuyển nhánh</translation>
    </message>
</context>
<context>
    <name>ChannelBoard</name>
    <message>
        <source>Set to open</source>
        <translation>Đặt thành mở</translation>
    </message>
    <message>
        <source>Set to degraded</source>
        <translation>Đặt thành suy giảm</translation>
    </message>
    <message>
        <source>Set to closed</source>
        <translation>Đặt thành đóng</translation>
    </message>
    <message>
        <source>Set to proposed</source>
        <translation>Đặt thành đề xuất</translation>
    </message>
    <message>
        <source>{channel} is open. Click to change.</source>
        <translation>{channel} đang mở. Bấm để thay đổi.</translation>
    </message>
    <message>
        <source>{channel} is degraded. Click to change.</source>
        <translation>{channel} đang suy giảm. Bấm để thay đổi.</translation>
    </message>
    <message>
        <source>{channel} is closed. Click to change.</source>
        <translation>{channel} đang đóng. Bấm để thay đổi.</translation>
    </message>
    <message>
        <source>{channel} is only proposed. Click to change.</source>
        <translation>{channel} mới chỉ được đề xuất. Bấm để thay đổi.</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>bất kỳ ai</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>chưa ai</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>một chiều</translation>
    </message>
    <message>
        <source>Channel board</source>
        <translation>Bảng kênh liên lạc</translation>
    </message>
    <message>
        <source>Agreed so far: {agreed}; waiting for {waiting}</source>
        <translation>Đã đồng ý: {agreed}; còn chờ: {waiting}</translation>
    </message>
</context>
<context>
    <name>ChannelChanges</name>
    <message>
        <source>Add a channel change</source>
        <translation>Thêm thay đổi kênh</translation>
    </message>
    <message>
        <source>Change channel effect</source>
        <translation>đổi tác động lên kênh</translation>
    </message>
    <message>
        <source>Remove channel effect</source>
        <translation>bỏ tác động lên kênh</translation>
    </message>
    <message>
        <source>Add channel effect</source>
        <translation>thêm tác động lên kênh</translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>Channel:</source>
        <translation>Kênh:</translation>
    </message>
    <message>
        <source>Catalog channel:</source>
        <translation>Kênh trong danh mục:</translation>
    </message>
    <message>
        <source>catalog channel</source>
        <translation>kênh trong danh mục</translation>
    </message>
    <message>
        <source>which channel of the shared catalog</source>
        <translation>kênh nào trong danh mục chung</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>the id of the deck&apos;s own channel</source>
        <translation>mã của kênh riêng của bộ tình huống</translation>
    </message>
    <message>
        <source>as in the catalog</source>
        <translation>như trong danh mục</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Các bên:</translation>
    </message>
    <message>
        <source>party ids that can use it; * means anyone</source>
        <translation>mã các bên được dùng kênh; * là bất kỳ ai</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>e.g. leaders&apos; line, military line</source>
        <translation>ví dụ: đường dây lãnh đạo, đường dây quân sự</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>as in the catalog (or open)</source>
        <translation>như trong danh mục (hoặc mở)</translation>
    </message>
    <message>
        <source>open and degraded channels carry messages; closed and proposed ones do not</source>
        <translation>kênh mở và kênh suy giảm chuyển được thông điệp; kênh đóng và kênh đề xuất thì không</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Độ trễ:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>scenario minutes from sending to receipt when open</source>
        <translation>số phút kịch bản từ lúc gửi tới lúc nhận khi kênh mở</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Chiều:</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Hai chiều</translation>
    </message>
    <message>
        <source>One-way</source>
        <translation>Một chiều</translation>
    </message>
    <message>
        <source>as in the catalog (or two-way)</source>
        <translation>như trong danh mục (hoặc hai chiều)</translation>
    </message>
    <message>
        <source>Carries:</source>
        <translation>Chuyển được:</translation>
    </message>
    <message>
        <source>Cannot carry:</source>
        <translation>Không chuyển được:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>for the facilitator</source>
        <translation>dành cho người điều phối</translation>
    </message>
    <message>
        <source>the deck&apos;s own channel</source>
        <translation>kênh riêng của bộ tình huống</translation>
    </message>
    <message>
        <source>from the shared catalog, as it is there; any field you set here changes it for this deck only</source>
        <translation>lấy từ danh mục chung, giữ nguyên; trường nào bạn đặt ở đây chỉ thay đổi kênh cho bộ tình huống này</translation>
    </message>
    <message>
        <source>from the shared catalog, with this deck&apos;s changes</source>
        <translation>lấy từ danh mục chung, có thay đổi riêng của bộ tình huống này</translation>
    </message>
    <message>
        <source>{value} (as in the catalog)</source>
        <translation>{value} (như trong danh mục)</translation>
    </message>
</context>
<context>
    <name>ChannelStatus</name>
    <message>
        <source>open</source>
        <translation>mở</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>suy giảm</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đóng</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>đề xuất</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>The deck lists its own channels: catalog channels (as they are, or changed for this deck) and channels of its own.</source>
        <translation>Bộ tình huống liệt kê các kênh riêng của nó: kênh trong danh mục (giữ nguyên hoặc thay đổi cho bộ tình huống này) và các kênh của riêng nó.</translation>
    </message>
    <message>
        <source>Use the whole shared catalog</source>
        <translation>Dùng toàn bộ danh mục chung</translation>
    </message>
    <message numerus="yes">
        <source>The deck uses all %n channel(s) of the shared catalog as they are. To leave some out or change one (its status, its latency …), list them.</source>
        <translation>
            <numerusform>Bộ tình huống dùng cả %n kênh trong danh mục chung, giữ nguyên. Để bỏ bớt hoặc thay đổi một kênh (trạng thái, độ trễ …), hãy liệt kê chúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the channels</source>
        <translation>Liệt kê các kênh</translation>
    </message>
    <message>
        <source>Use the whole channel catalog</source>
        <translation>Dùng toàn bộ danh mục kênh</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <source>Scenario time</source>
        <translation>Giờ kịch bản</translation>
    </message>
    <message>
        <source>Exercise time</source>
        <translation>Thời gian diễn tập</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Giờ thực</translation>
    </message>
    <message>
        <source>Pause or resume the clock</source>
        <translation>Tạm dừng hoặc tiếp tục đồng hồ</translation>
    </message>
    <message>
        <source>Day {day}  {time}</source>
        <translation>Ngày {day}  {time}</translation>
    </message>
    <message>
        <source>scenario time · ended</source>
        <translation>giờ kịch bản · đã kết thúc</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Đồng hồ đã dừng</translation>
    </message>
    <message>
        <source>scenario time · running</source>
        <translation>giờ kịch bản · đang chạy</translation>
    </message>
    <message>
        <source>scenario time · running · ×{speed}</source>
        <translation>giờ kịch bản · đang chạy · ×{speed}</translation>
    </message>
    <message>
        <source>Pause clock</source>
        <translation>Tạm dừng đồng hồ</translation>
    </message>
    <message>
        <source>scenario time · PAUSED</source>
        <translation>giờ kịch bản · TẠM DỪNG</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>Chạy tiếp đồng hồ</translation>
    </message>
    <message>
        <source>Time the class has spent on the exercise, pauses left out</source>
        <translation>Thời gian cả lớp đã dành cho cuộc diễn tập, không tính lúc tạm dừng</translation>
    </message>
    <message>
        <source>exercise time · now {time}</source>
        <translation>thời gian diễn tập · bây giờ {time}</translation>
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
        <translation>So sánh các lớp</translation>
    </message>
    <message>
        <source>Tick the sessions to compare side by side (two or more, of the same deck). Sessions still running can be compared; nothing is changed.</source>
        <translation>Đánh dấu các phiên cần so sánh song song (từ hai phiên trở lên, cùng một bộ tình huống). Có thể so sánh cả phiên đang diễn ra; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Sessions to compare</source>
        <translation>Các phiên cần so sánh</translation>
    </message>
    <message>
        <source>&amp;Add session files…</source>
        <translation>&amp;Thêm tệp phiên…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;So sánh…</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>phiên này</translation>
    </message>
    <message>
        <source>Add session files</source>
        <translation>Thêm tệp phiên</translation>
    </message>
    <message>
        <source>Sessions (*.tabletop)</source>
        <translation>Phiên chơi (*.tabletop)</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>Lưu bản so sánh</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n section(s)…</source>
        <translation>
            <numerusform>Đang so sánh %n lớp…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Condition</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>No test yet: add one below (the branch is taken only when its tests hold).</source>
        <translation>Chưa có điều kiện nào: hãy thêm ở dưới (nhánh chỉ được chọn khi mọi điều kiện của nó thỏa mãn).</translation>
    </message>
    <message>
        <source>Edit branch condition</source>
        <translation>sửa điều kiện của nhánh</translation>
    </message>
    <message>
        <source>Change test</source>
        <translation>đổi điều kiện</translation>
    </message>
    <message>
        <source>Add test</source>
        <translation>thêm điều kiện</translation>
    </message>
    <message>
        <source>Remove test</source>
        <translation>bỏ điều kiện</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Escalation is at least</source>
        <translation>Mức leo thang ít nhất là</translation>
    </message>
    <message>
        <source>Escalation is at most</source>
        <translation>Mức leo thang nhiều nhất là</translation>
    </message>
    <message>
        <source>A channel&apos;s status is</source>
        <translation>Trạng thái của một kênh là</translation>
    </message>
    <message>
        <source>A decision was recorded</source>
        <translation>Đã ghi nhận một quyết định</translation>
    </message>
    <message>
        <source>An inject was delivered</source>
        <translation>Đã đưa ra một tình huống</translation>
    </message>
    <message>
        <source>All of these hold</source>
        <translation>Tất cả các điều kiện này đều thỏa mãn</translation>
    </message>
    <message>
        <source>Any of these holds</source>
        <translation>Ít nhất một điều kiện này thỏa mãn</translation>
    </message>
    <message>
        <source>This does not hold</source>
        <translation>Điều kiện này không thỏa mãn</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>loại bất kỳ</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>một hành động</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>một thông điệp</translation>
    </message>
    <message>
        <source>a public statement</source>
        <translation>một tuyên bố công khai</translation>
    </message>
    <message>
        <source>an agreement to open a channel</source>
        <translation>một thỏa thuận mở kênh</translation>
    </message>
    <message>
        <source>whatever happened to it</source>
        <translation>dù kết quả thế nào</translation>
    </message>
    <message>
        <source>that got through</source>
        <translation>đã đến nơi</translation>
    </message>
    <message>
        <source>that did not get through</source>
        <translation>không đến được nơi</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>Loại điều kiện</translation>
    </message>
    <message>
        <source>+ test</source>
        <translation>+ điều kiện</translation>
    </message>
    <message>
        <source>Add a test to this group</source>
        <translation>Thêm một điều kiện vào nhóm này</translation>
    </message>
    <message>
        <source>Remove this test</source>
        <translation>Bỏ điều kiện này</translation>
    </message>
    <message>
        <source>Remove test</source>
        <translation>Bỏ điều kiện</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>Mức leo thang</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>is</source>
        <translation>là</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>by</source>
        <translation>của</translation>
    </message>
    <message>
        <source>any team</source>
        <translation>đội bất kỳ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đội</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Loại quyết định</translation>
    </message>
    <message>
        <source>over</source>
        <translation>qua</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>kênh bất kỳ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>tag (optional)</source>
        <translation>nhãn (không bắt buộc)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>at any time</source>
        <translation>vào bất kỳ lúc nào</translation>
    </message>
    <message>
        <source>since {inject} was delivered</source>
        <translation>kể từ khi đưa ra {inject}</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Kể từ</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>Record the decision (in the decision text or tags field); take the highlighted tag (in the list of tag suggestions); amend the selected decision (in the decision log)</source>
        <translation>Ghi nhận quyết định (trong ô nội dung quyết định hoặc ô nhãn); chọn nhãn đang tô sáng (trong danh sách nhãn gợi ý); sửa quyết định đang chọn (trong nhật ký quyết định)</translation>
    </message>
    <message>
        <source>Close the list of tag suggestions without taking one</source>
        <translation>Đóng danh sách nhãn gợi ý mà không chọn</translation>
    </message>
    <message>
        <source>New line in the decision text</source>
        <translation>Xuống dòng trong nội dung quyết định</translation>
    </message>
    <message>
        <source>Withdraw the selected decision (in the decision log)</source>
        <translation>Rút lại quyết định đang chọn (trong nhật ký quyết định)</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Nhấp đúp</translation>
    </message>
    <message>
        <source>Full screen on or off (on the projector window)</source>
        <translation>Bật hoặc tắt toàn màn hình (trên cửa sổ máy chiếu)</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Phiên &amp;mới…</translation>
    </message>
    <message>
        <source>Choose a deck and start a session</source>
        <translation>Chọn một bộ tình huống và bắt đầu phiên</translation>
    </message>
    <message>
        <source>&amp;Open deck file…</source>
        <translation>Mở &amp;tệp bộ tình huống…</translation>
    </message>
    <message>
        <source>Start a session from a deck file</source>
        <translation>Bắt đầu phiên từ một tệp bộ tình huống</translation>
    </message>
    <message>
        <source>&amp;Resume session file…</source>
        <translation>Mở tiếp tệp &amp;phiên…</translation>
    </message>
    <message>
        <source>Reopen a session file where it was left</source>
        <translation>Mở lại một tệp phiên ở chỗ đã dừng</translation>
    </message>
    <message>
        <source>New &amp;deck…</source>
        <translation>&amp;Bộ tình huống mới…</translation>
    </message>
    <message>
        <source>Write a new deck in the deck editor</source>
        <translation>Viết bộ tình huống mới trong trình soạn bộ tình huống</translation>
    </message>
    <message>
        <source>&amp;Edit this session&apos;s deck…</source>
        <translation>&amp;Sửa bộ tình huống của phiên này…</translation>
    </message>
    <message>
        <source>Open the deck this session was started from in the deck editor</source>
        <translation>Mở trong trình soạn bộ tình huống tệp mà phiên này được bắt đầu từ đó</translation>
    </message>
    <message>
        <source>E&amp;xport after-action report…</source>
        <translation>&amp;Xuất báo cáo sau diễn tập…</translation>
    </message>
    <message>
        <source>Save the after-action report as a PDF</source>
        <translation>Lưu báo cáo sau diễn tập thành tệp PDF</translation>
    </message>
    <message>
        <source>Expor&amp;t the record…</source>
        <translation>Xuất &amp;hồ sơ phiên…</translation>
    </message>
    <message>
        <source>Save the event log, the decisions or an evidence package of this session</source>
        <translation>Lưu nhật ký sự kiện, các quyết định hoặc gói hồ sơ bằng chứng của phiên này</translation>
    </message>
    <message>
        <source>Co&amp;mpare sessions…</source>
        <translation>So sánh các &amp;lớp…</translation>
    </message>
    <message>
        <source>Compare class sections that played this deck, side by side (PDF)</source>
        <translation>So sánh song song các lớp đã chơi bộ tình huống này (PDF)</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>Đó&amp;ng phiên</translation>
    </message>
    <message>
        <source>Close this session (everything is saved) and go to the start screen</source>
        <translation>Đóng phiên này (mọi thứ đã được lưu) và trở về màn hình bắt đầu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Quit tabletop (everything is saved)</source>
        <translation>Thoát tabletop (mọi thứ đã được lưu)</translation>
    </message>
    <message>
        <source>&amp;Next inject</source>
        <translation>&amp;Tình huống tiếp theo</translation>
    </message>
    <message>
        <source>Deliver the inject the branches select</source>
        <translation>Đưa ra tình huống mà các nhánh chọn</translation>
    </message>
    <message>
        <source>&amp;Skip inject…</source>
        <translation>&amp;Bỏ qua tình huống…</translation>
    </message>
    <message>
        <source>Skip an inject, with a reason</source>
        <translation>Bỏ qua một tình huống, kèm lý do</translation>
    </message>
    <message>
        <source>&amp;Deliver a chosen inject…</source>
        <translation>Đưa ra tình huống &amp;khác…</translation>
    </message>
    <message>
        <source>Deliver any inject not yet played, e.g. a contingency</source>
        <translation>Đưa ra bất kỳ tình huống nào chưa chơi, ví dụ một tình huống dự phòng</translation>
    </message>
    <message>
        <source>&amp;Pause or resume the clock</source>
        <translation>Tạ&amp;m dừng hoặc chạy tiếp đồng hồ</translation>
    </message>
    <message>
        <source>R&amp;aise escalation level</source>
        <translation>&amp;Nâng mức leo thang</translation>
    </message>
    <message>
        <source>&amp;Lower escalation level</source>
        <translation>&amp;Hạ mức leo thang</translation>
    </message>
    <message>
        <source>&amp;Write a decision</source>
        <translation>&amp;Viết quyết định</translation>
    </message>
    <message>
        <source>Go to the decision text</source>
        <translation>Chuyển tới ô nội dung quyết định</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Ghi nhận quyết định</translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation>Đội {number}</translation>
    </message>
    <message>
        <source>Write an &amp;observation</source>
        <translation>Viết nhận &amp;xét</translation>
    </message>
    <message>
        <source>Go to the observation field</source>
        <translation>Chuyển tới ô nhận xét</translation>
    </message>
    <message>
        <source>E&amp;valuate the current inject</source>
        <translation>Đánh giá tình h&amp;uống hiện tại</translation>
    </message>
    <message>
        <source>Judge the expected actions and rate the objectives (F8 again goes back)</source>
        <translation>Đánh giá các hành động mong đợi và xếp loại các mục tiêu (nhấn F8 lần nữa để quay lại)</translation>
    </message>
    <message>
        <source>Note as a stren&amp;gth</source>
        <translation>Ghi &amp;là điểm mạnh</translation>
    </message>
    <message>
        <source>Note as an area for &amp;improvement</source>
        <translation>Ghi là điểm &amp;cần cải thiện</translation>
    </message>
    <message>
        <source>&amp;Undo last action</source>
        <translation>H&amp;oàn tác thao tác vừa rồi</translation>
    </message>
    <message>
        <source>Take back the latest recorded action (the log keeps both)</source>
        <translation>Rút lại thao tác vừa ghi nhận (nhật ký vẫn giữ cả hai)</translation>
    </message>
    <message>
        <source>&amp;Hot wash…</source>
        <translation>&amp;Rút kinh nghiệm nhanh…</translation>
    </message>
    <message>
        <source>Strengths, areas for improvement, after-action questions, plan</source>
        <translation>Điểm mạnh, điểm cần cải thiện, các câu hỏi sau diễn tập, kế hoạch</translation>
    </message>
    <message>
        <source>Team devi&amp;ces…</source>
        <translation>Thiết bị củ&amp;a các đội…</translation>
    </message>
    <message>
        <source>Let teams play from their own phones and laptops: QR codes, join cards, devices</source>
        <translation>Cho các đội chơi trên điện thoại và máy tính xách tay của mình: mã QR, thẻ tham gia, thiết bị</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>Kết thúc &amp;phiên…</translation>
    </message>
    <message>
        <source>End the session; the hot wash and report stay available</source>
        <translation>Kết thúc phiên; phần rút kinh nghiệm nhanh và báo cáo vẫn dùng được</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>Cửa sổ &amp;máy chiếu</translation>
    </message>
    <message>
        <source>Show or hide the players&apos; window</source>
        <translation>Hiện hoặc ẩn cửa sổ dành cho người chơi</translation>
    </message>
    <message>
        <source>Projector &amp;full screen</source>
        <translation>Máy chiếu &amp;toàn màn hình</translation>
    </message>
    <message>
        <source>&amp;Hold the projector (blank)</source>
        <translation>&amp;Giữ máy chiếu (màn hình tối)</translation>
    </message>
    <message>
        <source>Blank the projector until you release it</source>
        <translation>Làm tối máy chiếu cho đến khi bạn bỏ giữ</translation>
    </message>
    <message>
        <source>&amp;Reset panel layout</source>
        <translation>Đặt lại &amp;bố cục các khung</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About tabletop</source>
        <translation>&amp;Giới thiệu tabletop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Phiên</translation>
    </message>
    <message>
        <source>Choose &amp;team</source>
        <translation>Chọn độ&amp;i</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Hot wash and end</source>
        <translation>Rú&amp;t kinh nghiệm nhanh và kết thúc</translation>
    </message>
    <message>
        <source>&amp;Undo: {action}</source>
        <translation>H&amp;oàn tác: {action}</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Session file: {path}</source>
        <translation>Tệp phiên: {path}</translation>
    </message>
    <message>
        <source>Current inject</source>
        <translation>Tình huống hiện tại</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Nhật ký quyết định</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Các tình huống</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Ghi nhận quyết định</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Leo thang</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kênh liên lạc</translation>
    </message>
    <message>
        <source>{session} (ended) — tabletop</source>
        <translation>{session} (đã kết thúc) — tabletop</translation>
    </message>
    <message>
        <source>{session} — tabletop</source>
        <translation>{session} — tabletop</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>Hoàn tác: {action}</translation>
    </message>
    <message>
        <source>{channel} is now OPEN: every party has agreed ({decision}, {team}).</source>
        <translation>{channel} nay đã MỞ: mọi bên đều đã đồng ý ({decision}, {team}).</translation>
    </message>
    <message>
        <source>{decision}: {team} agrees to open {channel}. Agreed so far: {agreed}; it opens when {waiting} agree too.</source>
        <translation>{decision}: {team} đồng ý mở {channel}. Đã đồng ý: {agreed}; kênh sẽ mở khi {waiting} cũng đồng ý.</translation>
    </message>
    <message>
        <source>{decision}: {team}&apos;s agreement recorded ({channel} is {status}).</source>
        <translation>{decision}: đã ghi nhận sự đồng ý của {team} ({channel} đang {status}).</translation>
    </message>
    <message>
        <source>Evaluation ({judged} of {total})</source>
        <translation>Đánh giá ({judged}/{total})</translation>
    </message>
    <message>
        <source>Judge the expected actions and rate the objectives of an inject (F8)</source>
        <translation>Đánh giá các hành động mong đợi và xếp loại các mục tiêu của một tình huống (F8)</translation>
    </message>
    <message>
        <source>Next inject pressed twice in quick succession: one inject was delivered. Press again to deliver the next.</source>
        <translation>Đã nhấn Tình huống tiếp theo hai lần liên tiếp: chỉ một tình huống được đưa ra. Nhấn lần nữa để đưa ra tình huống kế tiếp.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Kết thúc phiên</translation>
    </message>
    <message>
        <source>End the session now? No more injects or decisions can be recorded. The hot wash, observations and improvement plan stay editable, and the report can be exported.</source>
        <translation>Kết thúc phiên ngay bây giờ? Sẽ không ghi nhận thêm tình huống hay quyết định nào nữa. Phần rút kinh nghiệm nhanh, nhận xét và kế hoạch cải tiến vẫn sửa được, và vẫn xuất được báo cáo.</translation>
    </message>
    <message>
        <source>The session has ended. Export the after-action report with File → Export after-action report (Ctrl+E).</source>
        <translation>Phiên đã kết thúc. Xuất báo cáo sau diễn tập bằng Tệp → Xuất báo cáo sau diễn tập (Ctrl+E).</translation>
    </message>
    <message>
        <source>Exporting the after-action report is not available in this installation of tabletop. The session file holds everything needed to build it later.</source>
        <translation>Bản cài đặt tabletop này không xuất được báo cáo sau diễn tập. Tệp phiên chứa mọi thứ cần thiết để lập báo cáo sau.</translation>
    </message>
    <message>
        <source>The deck file this session started from is no longer where it was ({path}).</source>
        <translation>Tệp bộ tình huống mà phiên này bắt đầu từ đó không còn ở chỗ cũ ({path}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>About tabletop</source>
        <translation>Giới thiệu tabletop</translation>
    </message>
    <message>
        <source>Run crisis tabletop exercises in a classroom: inject decks, a facilitator console, a projector view and an after-action report.</source>
        <translation>Tổ chức diễn tập xử lý khủng hoảng trên bàn trong lớp học: bộ tình huống, màn hình điều khiển của người điều phối, màn hình máy chiếu và báo cáo sau diễn tập.</translation>
    </message>
</context>
<context>
    <name>CurrentInjectPanel</name>
    <message>
        <source>Current inject</source>
        <translation>Tình huống hiện tại</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>Phiên đã kết thúc</translation>
    </message>
    <message>
        <source>Use &lt;b&gt;Session → Hot wash&lt;/b&gt; to record strengths, areas for improvement and the improvement plan, then &lt;b&gt;File → Export after-action report&lt;/b&gt;.</source>
        <translation>Dùng &lt;b&gt;Phiên → Rút kinh nghiệm nhanh&lt;/b&gt; để ghi điểm mạnh, điểm cần cải thiện và kế hoạch cải tiến, rồi &lt;b&gt;Tệp → Xuất báo cáo sau diễn tập&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Inject {number} of {count}</source>
        <translation>Tình huống {number}/{count}</translation>
    </message>
    <message>
        <source>{type} inject</source>
        <translation>tình huống {type}</translation>
    </message>
    <message>
        <source>from {sender}</source>
        <translation>từ {sender}</translation>
    </message>
    <message>
        <source>to {teams}</source>
        <translation>gửi {teams}</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>phiên đã kết thúc</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Ghi chú cho người điều phối</translation>
    </message>
    <message>
        <source>(not shown on the projector)</source>
        <translation>(không hiển thị trên máy chiếu)</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Câu hỏi thảo luận</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation>Hành động mong đợi</translation>
    </message>
    <message>
        <source>On delivery</source>
        <translation>Khi đưa ra</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Escalation {change}</source>
        <translation>Leo thang {change}</translation>
    </message>
    <message>
        <source>{channel}: {status}</source>
        <translation>{channel}: {status}</translation>
    </message>
    <message>
        <source>Press Next inject (F5) to deliver the first inject:</source>
        <translation>Nhấn Tình huống tiếp theo (F5) để đưa ra tình huống đầu tiên:</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Các đội</translation>
    </message>
    <message>
        <source>facilitator {name}</source>
        <translation>người điều phối {name}</translation>
    </message>
    <message>
        <source>Ready to begin: {deck}</source>
        <translation>Sẵn sàng bắt đầu: {deck}</translation>
    </message>
</context>
<context>
    <name>DecisionKind</name>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông điệp</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>Tuyên bố công khai</translation>
    </message>
    <message>
        <source>Agree to open a channel</source>
        <translation>Đồng ý mở kênh</translation>
    </message>
</context>
<context>
    <name>DecisionLogModel</name>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đội</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Esc.</source>
        <translation>L.thang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>arrives {time}</source>
        <translation>đến lúc {time}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>nhãn: {tags}</translation>
    </message>
    <message>
        <source>esc. {change}</source>
        <translation>leo thang {change}</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>{decision} by {team} ({kind}): {text}</source>
        <translation>{decision} của {team} ({kind}): {text}</translation>
    </message>
    <message>
        <source>Not delivered: {reason}</source>
        <translation>Không chuyển được: {reason}</translation>
    </message>
    <message>
        <source>In transit, arrives {time}</source>
        <translation>Đang trên đường, đến lúc {time}</translation>
    </message>
    <message>
        <source>Arrived {time}</source>
        <translation>Đã đến lúc {time}</translation>
    </message>
    <message>
        <source>Arrives {time}</source>
        <translation>Đến lúc {time}</translation>
    </message>
    <message>
        <source>To: {teams}</source>
        <translation>Gửi tới: {teams}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Nhãn: {tags}</translation>
    </message>
    <message numerus="yes">
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Đã sửa %n lần</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn: {reason}</source>
        <translation>Đã rút lại: {reason}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <source>{channel} is degraded</source>
        <translation>{channel} đang suy giảm</translation>
    </message>
    <message>
        <source>{channel} is closed</source>
        <translation>{channel} đang đóng</translation>
    </message>
    <message>
        <source>{channel} is only proposed, not yet agreed</source>
        <translation>{channel} mới chỉ được đề xuất, chưa được thỏa thuận</translation>
    </message>
</context>
<context>
    <name>DecisionLogPanel</name>
    <message>
        <source>Decision log</source>
        <translation>Nhật ký quyết định</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Correct the selected decision (Enter, or double-click a row)</source>
        <translation>Sửa quyết định đang chọn (Enter, hoặc nhấp đúp vào một dòng)</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Rút lại…</translation>
    </message>
    <message>
        <source>Withdraw the selected decision (Delete)</source>
        <translation>Rút lại quyết định đang chọn (Delete)</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n quyết định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{decisions}, %n message(s) NOT delivered</source>
        <translation>
            <numerusform>{decisions}, %n thông điệp KHÔNG chuyển được</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw decision {decision}</source>
        <translation>Rút lại quyết định {decision}</translation>
    </message>
    <message>
        <source>Withdraw “{text}”? It stays in the log, marked withdrawn. Reason (optional):</source>
        <translation>Rút lại “{text}”? Quyết định vẫn ở trong nhật ký, được đánh dấu là đã rút lại. Lý do (không bắt buộc):</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút lại</translation>
    </message>
</context>
<context>
    <name>DecisionRecorder</name>
    <message>
        <source>Open: a message over it will be delivered.</source>
        <translation>Mở: thông điệp qua kênh này sẽ đến nơi.</translation>
    </message>
    <message>
        <source>Closed: a message over it will be recorded as NOT delivered.</source>
        <translation>Đóng: thông điệp qua kênh này sẽ được ghi là KHÔNG chuyển được.</translation>
    </message>
    <message>
        <source>Only proposed, not yet agreed: a message over it will be recorded as NOT delivered. Record an “Agree to open a channel” decision from each party to open it.</source>
        <translation>Mới chỉ được đề xuất: thông điệp qua kênh này sẽ được ghi là KHÔNG chuyển được. Để mở kênh, mỗi bên cần một quyết định “Đồng ý mở kênh”.</translation>
    </message>
    <message>
        <source>Degraded: a message over it will arrive late.</source>
        <translation>Suy giảm: thông điệp qua kênh này sẽ đến chậm.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đội</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Loại quyết định</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>Độ&amp;i:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kênh:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Đội nhận</translation>
    </message>
    <message>
        <source>Leave all unticked to send to every team on the channel</source>
        <translation>Để trống tất cả để gửi tới mọi đội trên kênh</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Nơi &amp;nhận:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>What the team decided or said. Enter records it; Shift+Enter starts a new line.</source>
        <translation>Điều đội đã quyết định hoặc đã nói. Enter để ghi nhận; Shift+Enter để xuống dòng.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>tags, comma-separated</source>
        <translation>nhãn, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Suggested escalation change</source>
        <translation>Đề xuất thay đổi mức leo thang</translation>
    </message>
    <message>
        <source>esc. </source>
        <translation>l.thang </translation>
    </message>
    <message>
        <source>Suggested change to the escalation level (−10 to +10)</source>
        <translation>Đề xuất thay đổi mức leo thang (từ −10 đến +10)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Ghi nhận quyết định</translation>
    </message>
    <message>
        <source>Record the decision (Enter in the decision field)</source>
        <translation>Ghi nhận quyết định (Enter trong ô quyết định)</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>N&amp;hãn:</translation>
    </message>
    <message>
        <source>{team} (Ctrl+{number})</source>
        <translation>{team} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>— none: an action, not a message —</source>
        <translation>— không có: một hành động, không phải thông điệp —</translation>
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
        <translation>{decision} đã bị rút lại (hoàn tác).</translation>
    </message>
    <message>
        <source>The session has ended: no more decisions.</source>
        <translation>Phiên đã kết thúc: không ghi nhận thêm quyết định.</translation>
    </message>
    <message>
        <source>{decision} recorded for {team}.</source>
        <translation>Đã ghi nhận {decision} cho {team}.</translation>
    </message>
    <message>
        <source>{decision} recorded, but NOT delivered: {reason}.</source>
        <translation>Đã ghi nhận {decision}, nhưng KHÔNG chuyển được: {reason}.</translation>
    </message>
    <message>
        <source>{decision} sent: delayed, in transit, arrives {time}.</source>
        <translation>Đã gửi {decision}: bị chậm, đang trên đường, đến lúc {time}.</translation>
    </message>
    <message>
        <source>{decision} sent: in transit, arrives {time}.</source>
        <translation>Đã gửi {decision}: đang trên đường, đến lúc {time}.</translation>
    </message>
    <message>
        <source>{decision} sent: delayed, arrives {time}.</source>
        <translation>Đã gửi {decision}: bị chậm, đến lúc {time}.</translation>
    </message>
    <message>
        <source>{decision} sent: delivered, arrives {time}.</source>
        <translation>Đã gửi {decision}: đã đến, lúc {time}.</translation>
    </message>
</context>
<context>
    <name>DeckActions</name>
    <message>
        <source>Import an MSEL spreadsheet</source>
        <translation>Nhập bảng tính MSEL</translation>
    </message>
    <message>
        <source>MSEL spreadsheets (*.csv *.xlsx)</source>
        <translation>Bảng tính MSEL (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read</source>
        <translation>Không đọc được bảng tính</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Nhập {file}</translation>
    </message>
    <message>
        <source>Import MSEL</source>
        <translation>nhập MSEL</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inject(s) from {file}</source>
        <translation>
            <numerusform>Đã nhập %n tình huống từ {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported} (%n note(s))</source>
        <translation>
            <numerusform>{imported} (%n ghi chú)</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported}. Undo (Ctrl+Z) brings the previous deck back.</source>
        <translation>{imported}. Hoàn tác (Ctrl+Z) sẽ đưa bộ tình huống trước đó trở lại.</translation>
    </message>
    <message>
        <source>Export as an MSEL spreadsheet</source>
        <translation>Xuất thành bảng tính MSEL</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The spreadsheet was not written</source>
        <translation>Chưa ghi được bảng tính</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n lỗi nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n note(s): {first})</source>
        <translation>
            <numerusform>Đã ghi {file} (%n ghi chú: {first})</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Đã ghi {file}</translation>
    </message>
    <message>
        <source>Cannot print the cards yet</source>
        <translation>Chưa in được thẻ</translation>
    </message>
    <message numerus="yes">
        <source>The deck has %n error(s); the problem list shows where. Fix them, then print the cards again.</source>
        <translation>
            <numerusform>Bộ tình huống có %n lỗi; danh sách vấn đề chỉ ra vị trí. Hãy sửa rồi in thẻ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot try it yet</source>
        <translation>Chưa chạy thử được</translation>
    </message>
    <message numerus="yes">
        <source>The deck has %n error(s); the problem list shows where. Fix them, then try it again.</source>
        <translation>
            <numerusform>Bộ tình huống có %n lỗi; danh sách vấn đề chỉ ra vị trí. Hãy sửa rồi chạy thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print inject cards to</source>
        <translation>In thẻ tình huống ra tệp</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The cards were not written</source>
        <translation>Chưa ghi được thẻ</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to {file}</source>
        <translation>
            <numerusform>Đã ghi %n thẻ vào {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to try it</source>
        <translation>Lưu để chạy thử</translation>
    </message>
    <message>
        <source>The deck is saved before a session starts on it. Save now?</source>
        <translation>Bộ tình huống được lưu trước khi bắt đầu một phiên trên nó. Lưu ngay?</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Chạy thử</translation>
    </message>
    <message>
        <source>Sessions cannot be started from the editor in this installation. The deck is saved: start it from the start screen or with tabletop run {path}.</source>
        <translation>Bản cài đặt này không bắt đầu được phiên từ trình soạn. Bộ tình huống đã được lưu: hãy bắt đầu từ màn hình bắt đầu hoặc bằng lệnh tabletop run {path}.</translation>
    </message>
</context>
<context>
    <name>DeckDocument</name>
    <message>
        <source>{path} cannot be read: {problem}</source>
        <translation>Không đọc được {path}: {problem}</translation>
    </message>
    <message>
        <source>{file} cannot be read as YAML, so the editor cannot open it: {problem}. Fix it in a text editor, then open it again.</source>
        <translation>Không đọc được {file} dưới dạng YAML nên trình soạn không mở được: {problem}. Hãy sửa trong một trình soạn văn bản rồi mở lại.</translation>
    </message>
    <message>
        <source>{file} is not a deck: its top level is not a mapping of keys (format:, title:, injects: …).</source>
        <translation>{file} không phải là bộ tình huống: cấp trên cùng của nó không phải là danh sách các khóa (format:, title:, injects: …).</translation>
    </message>
    <message>
        <source>the deck has no file name yet; use Save As</source>
        <translation>bộ tình huống chưa có tên tệp; hãy dùng Lưu thành</translation>
    </message>
    <message>
        <source>New deck</source>
        <translation>Bộ tình huống mới</translation>
    </message>
</context>
<context>
    <name>DeckEditorWindow</name>
    <message>
        <source>Comments will be removed</source>
        <translation>Chú thích sẽ bị xóa</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n comment(s) that the editor cannot keep (the first on line {line}); the comment block at the top of the file is kept. Saving over the file removes them.</source>
        <translation>
            <numerusform>{file} có %n chú thích mà trình soạn không giữ lại được (chú thích đầu tiên ở dòng {line}); khối chú thích ở đầu tệp vẫn được giữ. Lưu đè lên tệp sẽ xóa chúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and remove them</source>
        <translation>Lưu và xóa chúng</translation>
    </message>
    <message>
        <source>Save as a new file…</source>
        <translation>Lưu thành tệp mới…</translation>
    </message>
    <message>
        <source>The deck was not saved</source>
        <translation>Chưa lưu được bộ tình huống</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Đã lưu vào {path}</translation>
    </message>
    <message>
        <source>Decks that come with tabletop stay as they are; save your version in your decks folder.</source>
        <translation>Các bộ tình huống đi kèm tabletop được giữ nguyên; hãy lưu phiên bản của bạn vào thư mục bộ tình huống của bạn.</translation>
    </message>
    <message>
        <source>Save the deck as</source>
        <translation>Lưu bộ tình huống thành</translation>
    </message>
    <message>
        <source>Decks (*.yaml *.yml)</source>
        <translation>Bộ tình huống (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Save the changes to {deck} before closing?</source>
        <translation>Lưu các thay đổi của {deck} trước khi đóng?</translation>
    </message>
    <message>
        <source>&amp;New deck</source>
        <translation>&amp;Bộ tình huống mới</translation>
    </message>
    <message>
        <source>Start a new deck from a template</source>
        <translation>Bắt đầu một bộ tình huống mới từ bản mẫu</translation>
    </message>
    <message>
        <source>&amp;Open deck…</source>
        <translation>&amp;Mở bộ tình huống…</translation>
    </message>
    <message>
        <source>Open a deck file</source>
        <translation>Mở một tệp bộ tình huống</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the deck</source>
        <translation>Lưu bộ tình huống</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <source>Save the deck under another name</source>
        <translation>Lưu bộ tình huống dưới tên khác</translation>
    </message>
    <message>
        <source>&amp;Import MSEL…</source>
        <translation>&amp;Nhập MSEL…</translation>
    </message>
    <message>
        <source>Replace the injects with an MSEL spreadsheet</source>
        <translation>Thay các tình huống bằng một bảng tính MSEL</translation>
    </message>
    <message>
        <source>&amp;Export MSEL…</source>
        <translation>&amp;Xuất MSEL…</translation>
    </message>
    <message>
        <source>Write the deck as an MSEL spreadsheet</source>
        <translation>Ghi bộ tình huống thành bảng tính MSEL</translation>
    </message>
    <message>
        <source>Print inject &amp;cards…</source>
        <translation>&amp;In thẻ tình huống…</translation>
    </message>
    <message>
        <source>Write the injects as cards for paper play (PDF)</source>
        <translation>Ghi các tình huống thành thẻ để chơi trên giấy (PDF)</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Chạy thử</translation>
    </message>
    <message>
        <source>Save the deck and start a session on it</source>
        <translation>Lưu bộ tình huống và bắt đầu một phiên trên nó</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>The &amp;deck editor</source>
        <translation>Trình soạn &amp;bộ tình huống</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Bộ tình huống</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(chưa có nội dung)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <source>{channel}  ·  catalog</source>
        <translation>{channel}  ·  danh mục</translation>
    </message>
    <message>
        <source>{channel}  ·  catalog, changed</source>
        <translation>{channel}  ·  danh mục, có thay đổi</translation>
    </message>
    <message>
        <source>{channel}  ·  own</source>
        <translation>{channel}  ·  riêng</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Đội mới</translation>
    </message>
    <message>
        <source>Teams … within …</source>
        <translation>Các đội … trong vòng …</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nguồn mới</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Kênh mới</translation>
    </message>
    <message>
        <source>New inject</source>
        <translation>Tình huống mới</translation>
    </message>
    <message>
        <source>What the players read.</source>
        <translation>Điều người chơi đọc được.</translation>
    </message>
    <message numerus="yes">
        <source>This file has %n comment(s) the editor cannot keep (the first on line {line}); you will be asked before they are removed.</source>
        <translation>
            <numerusform>Tệp này có %n chú thích mà trình soạn không giữ lại được (chú thích đầu tiên ở dòng {line}); bạn sẽ được hỏi trước khi chúng bị xóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Go to the next pro&amp;blem</source>
        <translation>Đến &amp;vấn đề tiếp theo</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Đội</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Bản dịch</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>No deck is open.</source>
        <translation>Chưa mở bộ tình huống nào.</translation>
    </message>
    <message>
        <source>Open another deck or start a new one from the File menu.</source>
        <translation>Hãy mở một bộ tình huống khác hoặc tạo bộ mới từ trình đơn Tệp.</translation>
    </message>
    <message>
        <source>Deck editor</source>
        <translation>Trình soạn bộ tình huống</translation>
    </message>
    <message>
        <source>{deck}[*] — Deck editor</source>
        <translation>{deck}[*] — Trình soạn bộ tình huống</translation>
    </message>
    <message>
        <source>Injects ({count})</source>
        <translation>Tình huống ({count})</translation>
    </message>
    <message>
        <source>Teams ({count})</source>
        <translation>Đội ({count})</translation>
    </message>
    <message>
        <source>Objectives ({count})</source>
        <translation>Mục tiêu ({count})</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Nguồn ({count})</translation>
    </message>
    <message>
        <source>Open a deck</source>
        <translation>Mở bộ tình huống</translation>
    </message>
</context>
<context>
    <name>DeckForm</name>
    <message>
        <source>Id:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>the deck&apos;s id: letters, digits, - _ . (no spaces)</source>
        <translation>mã của bộ tình huống: chữ cái, chữ số, - _ . (không có dấu cách)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>the exercise&apos;s name</source>
        <translation>tên cuộc diễn tập</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Tóm tắt:</translation>
    </message>
    <message>
        <source>one paragraph, shown on the start screen</source>
        <translation>một đoạn văn, hiển thị trên màn hình bắt đầu</translation>
    </message>
    <message>
        <source>Class time:</source>
        <translation>Thời lượng lớp học:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>planned class time in minutes</source>
        <translation>thời lượng lớp học dự kiến, tính bằng phút</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <source>who it is written for</source>
        <translation>dành cho ai</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>the language of the text, e.g. en</source>
        <translation>ngôn ngữ của văn bản, ví dụ vi</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>the deck&apos;s own version</source>
        <translation>phiên bản riêng của bộ tình huống</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <source>one author per line</source>
        <translation>mỗi tác giả một dòng</translation>
    </message>
    <message>
        <source>Story starts:</source>
        <translation>Câu chuyện bắt đầu:</translation>
    </message>
    <message>
        <source>scenario time when play starts (else the first inject&apos;s)</source>
        <translation>giờ kịch bản khi bắt đầu chơi (nếu không thì giờ của tình huống đầu tiên)</translation>
    </message>
    <message>
        <source>Clock speed:</source>
        <translation>Tốc độ đồng hồ:</translation>
    </message>
    <message>
        <source>1 (real time)</source>
        <translation>1 (thời gian thực)</translation>
    </message>
    <message>
        <source>scenario minutes per class minute while the clock runs</source>
        <translation>số phút kịch bản trên mỗi phút lớp học khi đồng hồ chạy</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Leo thang</translation>
    </message>
    <message>
        <source>Ladder:</source>
        <translation>Thang:</translation>
    </message>
    <message>
        <source>Starting level:</source>
        <translation>Mức ban đầu:</translation>
    </message>
    <message>
        <source>as the ladder says</source>
        <translation>theo thang leo thang</translation>
    </message>
    <message>
        <source>the escalation level play starts at</source>
        <translation>mức leo thang khi bắt đầu chơi</translation>
    </message>
    <message>
        <source>Misperception:</source>
        <translation>Nhận thức sai:</translation>
    </message>
    <message>
        <source>how many rungs too high a rise is read by a team with no working channel</source>
        <translation>một đội không có kênh liên lạc hoạt động sẽ hiểu một lần tăng cao hơn thực tế bao nhiêu nấc</translation>
    </message>
    <message numerus="yes">
        <source>the deck&apos;s own ladder, %n level(s) (edit it in the YAML file; the editor keeps it)</source>
        <translation>
            <numerusform>thang riêng của bộ tình huống, %n mức (sửa trong tệp YAML; trình soạn giữ nguyên)</numerusform>
        </translation>
    </message>
    <message>
        <source>the shared escalation ladder, levels {low}–{high}</source>
        <translation>thang leo thang chung, các mức {low}–{high}</translation>
    </message>
</context>
<context>
    <name>DeckList</name>
    <message>
        <source>{language} only</source>
        <translation>{language} (chưa có bản dịch)</translation>
    </message>
    <message>
        <source>Cannot be used: {problem}</source>
        <translation>Không dùng được: {problem}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s): {teams}</source>
        <translation>
            <numerusform>%n đội: {teams}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s)</source>
        <translation>
            <numerusform>%n tình huống</numerusform>
        </translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>có sẵn</translation>
    </message>
    <message>
        <source>your deck · {file}</source>
        <translation>bộ của bạn · {file}</translation>
    </message>
</context>
<context>
    <name>DeckTemplate</name>
    <message>
        <source>the section or page the facts come from</source>
        <translation>phần hoặc trang chứa các dữ kiện</translation>
    </message>
    <message>
        <source>Read to the team before play: who they are, what they know and what they want.</source>
        <translation>Đọc cho đội trước khi chơi: họ là ai, họ biết gì và họ muốn gì.</translation>
    </message>
    <message>
        <source>A new exercise</source>
        <translation>Một cuộc diễn tập mới</translation>
    </message>
    <message>
        <source>One paragraph for the start screen: the crisis, the teams, what the class will practise.</source>
        <translation>Một đoạn văn cho màn hình bắt đầu: cuộc khủng hoảng, các đội, điều lớp học sẽ thực hành.</translation>
    </message>
    <message>
        <source>Students in their first crisis exercise</source>
        <translation>Sinh viên lần đầu tham gia diễn tập xử lý khủng hoảng</translation>
    </message>
    <message>
        <source>Teams use a working channel to the other side within one move of an incident.</source>
        <translation>Các đội dùng một kênh liên lạc còn hoạt động để liên hệ với phía bên kia trong vòng một lượt sau sự cố.</translation>
    </message>
    <message>
        <source>Operational Communications</source>
        <translation>Thông tin liên lạc tác chiến</translation>
    </message>
    <message>
        <source>The document this deck&apos;s facts come from</source>
        <translation>Tài liệu cung cấp các dữ kiện của bộ tình huống này</translation>
    </message>
    <message>
        <source>Cite it from each inject, with the section or page.</source>
        <translation>Hãy dẫn nguồn này trong từng tình huống, kèm phần hoặc trang.</translation>
    </message>
    <message>
        <source>North Atlantic Council</source>
        <translation>Hội đồng Bắc Đại Tây Dương</translation>
    </message>
    <message>
        <source>US National Security Council</source>
        <translation>Hội đồng An ninh Quốc gia Mỹ</translation>
    </message>
    <message>
        <source>Russian Security Council</source>
        <translation>Hội đồng An ninh Nga</translation>
    </message>
    <message>
        <source>The first incident</source>
        <translation>Sự cố đầu tiên</translation>
    </message>
    <message>
        <source>Move 1</source>
        <translation>Lượt 1</translation>
    </message>
    <message>
        <source>What the players read and the projector shows: what happened, where, and what is known so far.</source>
        <translation>Điều người chơi đọc và máy chiếu hiển thị: chuyện gì đã xảy ra, ở đâu, và đến giờ đã biết những gì.</translation>
    </message>
    <message>
        <source>Never projected: what to watch for.</source>
        <translation>Không bao giờ chiếu lên: những điều cần theo dõi.</translation>
    </message>
    <message>
        <source>Who do you call first, and over which channel?</source>
        <translation>Các bạn gọi cho ai trước, và qua kênh nào?</translation>
    </message>
    <message>
        <source>Seek facts before acting</source>
        <translation>Tìm hiểu sự thật trước khi hành động</translation>
    </message>
    <message>
        <source>A way out</source>
        <translation>Một lối thoát</translation>
    </message>
    <message>
        <source>Move 2</source>
        <translation>Lượt 2</translation>
    </message>
    <message>
        <source>A third party offers to host talks.</source>
        <translation>Một bên thứ ba đề nghị đứng ra tổ chức đàm phán.</translation>
    </message>
    <message>
        <source>Do you accept, and who speaks for you?</source>
        <translation>Các bạn có chấp nhận không, và ai sẽ phát ngôn cho các bạn?</translation>
    </message>
    <message>
        <source>Name who speaks for the team, and over which channel</source>
        <translation>Nêu rõ ai phát ngôn cho đội, và qua kênh nào</translation>
    </message>
    <message>
        <source>A journalist calls</source>
        <translation>Một nhà báo gọi điện</translation>
    </message>
    <message>
        <source>A journalist asks for comment on rumours of the incident.</source>
        <translation>Một nhà báo đề nghị bình luận về tin đồn liên quan đến sự cố.</translation>
    </message>
    <message>
        <source>Deliver it when the room stalls, to restart discussion.</source>
        <translation>Đưa ra khi cả lớp chững lại, để khơi lại thảo luận.</translation>
    </message>
    <message>
        <source>What do you say in public, and what in private?</source>
        <translation>Các bạn nói gì trước công chúng, và nói gì trong kênh riêng?</translation>
    </message>
    <message>
        <source>Keep the public line consistent with private messages</source>
        <translation>Giữ cho lập trường công khai nhất quán với các thông điệp riêng</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Deliver a chosen inject</source>
        <translation>Đưa ra tình huống đã chọn</translation>
    </message>
    <message>
        <source>Injects not yet played</source>
        <translation>Các tình huống chưa chơi</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>next</source>
        <translation>tiếp theo</translation>
    </message>
    <message>
        <source>Deliver now</source>
        <translation>Đưa ra ngay</translation>
    </message>
    <message>
        <source>Facilitator notes:</source>
        <translation>Ghi chú cho người điều phối:</translation>
    </message>
</context>
<context>
    <name>EditLabel</name>
    <message>
        <source>Rename inject</source>
        <translation>đổi mã tình huống</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>đổi mã đội</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>chỉnh sửa</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>di chuyển</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>sửa “{field}”</translation>
    </message>
</context>
<context>
    <name>EditSubmissionDialog</name>
    <message>
        <source>Edit the submission from {team}</source>
        <translation>Sửa bài gửi của {team}</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Không có kênh</translation>
    </message>
    <message>
        <source>{channel} ({status})</source>
        <translation>{channel} ({status})</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kênh:</translation>
    </message>
    <message>
        <source>T&amp;o (none: everyone on the channel):</source>
        <translation>Gửi &amp;tới (để trống: mọi đội trên kênh):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>N&amp;hãn:</translation>
    </message>
    <message>
        <source>Suggested &amp;escalation:</source>
        <translation>Đề xuất thay đổi &amp;mức leo thang:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
</context>
<context>
    <name>EscalationMeter</name>
    <message>
        <source>Escalation meter</source>
        <translation>Thước đo leo thang</translation>
    </message>
    <message>
        <source>Escalation level {level} of {highest}: {name}.</source>
        <translation>Mức leo thang {level}/{highest}: {name}.</translation>
    </message>
    <message>
        <source>{team} believes the other side is at {level}.</source>
        <translation>{team} tin rằng phía bên kia đang ở mức {level}.</translation>
    </message>
    <message>
        <source>Click a rung to adjudicate that level</source>
        <translation>Bấm vào một nấc để phán quyết mức đó</translation>
    </message>
    <message>
        <source>◀ now</source>
        <translation>◀ hiện tại</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>ngưỡng</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n đội</numerusform>
        </translation>
    </message>
    <message>
        <source>threshold: {threshold}</source>
        <translation>ngưỡng: {threshold}</translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <source>Lower</source>
        <translation>Hạ</translation>
    </message>
    <message>
        <source>Adjudicate one rung lower (Ctrl+[)</source>
        <translation>Phán quyết hạ một nấc (Ctrl+[)</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>Nâng</translation>
    </message>
    <message>
        <source>Adjudicate one rung higher (Ctrl+])</source>
        <translation>Phán quyết nâng một nấc (Ctrl+])</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Lý do (không bắt buộc)</translation>
    </message>
    <message>
        <source>Reason for the escalation level</source>
        <translation>Lý do của mức leo thang</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>suggested by {decisions}</source>
        <translation>theo đề xuất của {decisions}</translation>
    </message>
    <message>
        <source>Level {level}: {name}</source>
        <translation>Mức {level}: {name}</translation>
    </message>
    <message>
        <source>Next threshold at {level}: {threshold}</source>
        <translation>Ngưỡng tiếp theo ở mức {level}: {threshold}</translation>
    </message>
    <message numerus="yes">
        <source>{tag} = {team}: believes the other side is at {level}, %n rung(s) too high</source>
        <translation>
            <numerusform>{tag} = {team}: tin rằng phía bên kia đang ở mức {level}, cao hơn thực tế %n nấc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{tag} = {team}: believes the other side is at {level}, %n rung(s) too low</source>
        <translation>
            <numerusform>{tag} = {team}: tin rằng phía bên kia đang ở mức {level}, thấp hơn thực tế %n nấc</numerusform>
        </translation>
    </message>
    <message>
        <source>{tag} = {team}: believes the other side is at {level}</source>
        <translation>{tag} = {team}: tin rằng phía bên kia đang ở mức {level}</translation>
    </message>
    <message>
        <source>Believed: {beliefs}</source>
        <translation>Các đội tin là: {beliefs}</translation>
    </message>
    <message>
        <source>Decisions since the last change suggest {change} ({decisions})</source>
        <translation>Các quyết định từ lần thay đổi trước đề xuất {change} ({decisions})</translation>
    </message>
    <message>
        <source>Apply {change}</source>
        <translation>Áp dụng {change}</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Objectives: the evaluator&apos;s rating</source>
        <translation>Mục tiêu: xếp loại của người đánh giá</translation>
    </message>
    <message>
        <source>Rating of: {objective}</source>
        <translation>Xếp loại của: {objective}</translation>
    </message>
    <message>
        <source>Why this rating (optional)</source>
        <translation>Vì sao xếp loại này (không bắt buộc)</translation>
    </message>
    <message>
        <source>The deck states no objectives.</source>
        <translation>Bộ tình huống không nêu mục tiêu nào.</translation>
    </message>
    <message>
        <source>Expected actions of the injects played</source>
        <translation>Hành động mong đợi của các tình huống đã chơi</translation>
    </message>
    <message>
        <source>No inject with expected actions was played yet.</source>
        <translation>Chưa chơi tình huống nào có hành động mong đợi.</translation>
    </message>
    <message>
        <source>Verdict on: {action}</source>
        <translation>Đánh giá về: {action}</translation>
    </message>
    <message>
        <source>Decision that met: {action}</source>
        <translation>Quyết định đã đáp ứng: {action}</translation>
    </message>
    <message>
        <source>Evaluator&apos;s note (optional)</source>
        <translation>Ghi chú của người đánh giá (không bắt buộc)</translation>
    </message>
    <message>
        <source>Suggested by the observations: {rating}</source>
        <translation>Các nhận xét gợi ý: {rating}</translation>
    </message>
    <message>
        <source>No rated observation yet</source>
        <translation>Chưa có nhận xét nào được xếp loại</translation>
    </message>
    <message>
        <source>no decision named</source>
        <translation>chưa nêu quyết định</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Inject to evaluate</source>
        <translation>Tình huống cần đánh giá</translation>
    </message>
    <message>
        <source>The inject being evaluated (any inject already played)</source>
        <translation>Tình huống đang được đánh giá (bất kỳ tình huống nào đã chơi)</translation>
    </message>
    <message>
        <source>&amp;Evaluate:</source>
        <translation>Tình h&amp;uống cần đánh giá:</translation>
    </message>
    <message>
        <source>{number}. {title}  (current)</source>
        <translation>{number}. {title}  (hiện tại)</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation>Hành động mong đợi</translation>
    </message>
    <message>
        <source>Verdict on: {action}</source>
        <translation>Đánh giá về: {action}</translation>
    </message>
    <message>
        <source>Met by decision</source>
        <translation>Đáp ứng bởi quyết định</translation>
    </message>
    <message>
        <source>The decision that met it, if one did</source>
        <translation>Quyết định đã đáp ứng hành động này, nếu có</translation>
    </message>
    <message>
        <source>Note on the verdict</source>
        <translation>Ghi chú về đánh giá</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Objectives (of the exercise)</source>
        <translation>Mục tiêu (của cuộc diễn tập)</translation>
    </message>
    <message>
        <source>Rating of: {objective}</source>
        <translation>Xếp loại của: {objective}</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa xếp loại</translation>
    </message>
    <message>
        <source>Note on the rating</source>
        <translation>Ghi chú về xếp loại</translation>
    </message>
    <message>
        <source>No inject has been delivered yet: expected actions are judged once their inject is in front of the room. Objectives can be rated at any time.</source>
        <translation>Chưa đưa ra tình huống nào: hành động mong đợi được đánh giá khi tình huống của nó đã đến với cả lớp. Có thể xếp loại mục tiêu bất kỳ lúc nào.</translation>
    </message>
    <message>
        <source>This inject has no expected actions.</source>
        <translation>Tình huống này không có hành động mong đợi.</translation>
    </message>
    <message>
        <source>Met by: —</source>
        <translation>Đáp ứng bởi: —</translation>
    </message>
    <message numerus="yes">
        <source>Observations suggest {rating} (%n rated)</source>
        <translation>
            <numerusform>Các nhận xét gợi ý {rating} (%n đã xếp loại)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseOverviewGroup</name>
    <message>
        <source>Mission areas</source>
        <translation>Lĩnh vực nhiệm vụ</translation>
    </message>
    <message>
        <source>Core capabilities</source>
        <translation>Năng lực cốt lõi</translation>
    </message>
    <message>
        <source>Scenario type</source>
        <translation>Loại kịch bản</translation>
    </message>
    <message>
        <source>Threat or hazard</source>
        <translation>Mối đe dọa hoặc hiểm họa</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>Các tổ chức tham gia</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Đầu mối liên hệ</translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation>Phương pháp đánh giá</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Người điều hành tình huống</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <source>Exercise overview (for the after-action report)</source>
        <translation>Tổng quan cuộc diễn tập (cho báo cáo sau diễn tập)</translation>
    </message>
    <message>
        <source>several, separated by commas</source>
        <translation>nhiều mục, cách nhau bằng dấu phẩy</translation>
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
        <translation>Gói hồ sơ bằng chứng (ZIP): bộ tình huống, nhật ký sự kiện, quyết định, báo cáo và bản kê</translation>
    </message>
    <message>
        <source>Event log (JSON Lines): one event per line, for analysis tools</source>
        <translation>Nhật ký sự kiện (JSON Lines): mỗi dòng một sự kiện, dùng cho công cụ phân tích</translation>
    </message>
    <message>
        <source>Decisions and messages (CSV): for a spreadsheet</source>
        <translation>Quyết định và thông điệp (CSV): dùng cho bảng tính</translation>
    </message>
    <message>
        <source>Evidence package (*.zip)</source>
        <translation>Gói hồ sơ bằng chứng (*.zip)</translation>
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
            <numerusform>Đã ghi gói ZIP gồm bộ tình huống, nhật ký, các quyết định, báo cáo và bản kê vào {path} (%n sự kiện).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the event log as JSON Lines to {path} (%n event(s)).</source>
        <translation>
            <numerusform>Đã ghi nhật ký sự kiện dạng JSON Lines vào {path} (%n sự kiện).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the decisions and messages as CSV to {path} (%n event(s)).</source>
        <translation>
            <numerusform>Đã ghi các quyết định và thông điệp dạng CSV vào {path} (%n sự kiện).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the session&apos;s record</source>
        <translation>Xuất hồ sơ của phiên</translation>
    </message>
    <message>
        <source>The record is read from the session file as it is now; recording can go on.</source>
        <translation>Hồ sơ được đọc từ tệp phiên như hiện tại; việc ghi nhận vẫn tiếp tục được.</translation>
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
        <translation>Khổ &amp;giấy báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Reading the session and writing the export…</source>
        <translation>Đang đọc phiên và ghi bản xuất…</translation>
    </message>
    <message>
        <source>Fingerprint of the package (the SHA-256 of its manifest):
{fingerprint}
Keep it with the package; tabletop verify prints it again.</source>
        <translation>Dấu vân tay của gói (SHA-256 của bản kê):
{fingerprint}
Hãy giữ nó cùng với gói; lệnh tabletop verify sẽ in lại nó.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>{value} (unknown)</source>
        <translation>{value} (không rõ)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>&amp;Facilitator&apos;s guide</source>
        <translation>&amp;Hướng dẫn cho người điều phối (tiếng Anh)</translation>
    </message>
    <message>
        <source>Preparing, running a session, the hot wash, the report, every shortcut</source>
        <translation>Chuẩn bị, điều hành một phiên, rút kinh nghiệm nhanh, báo cáo, mọi phím tắt</translation>
    </message>
    <message>
        <source>Guide not installed</source>
        <translation>Chưa cài đặt hướng dẫn</translation>
    </message>
    <message>
        <source>This installation of tabletop has no {guide}. It is in the docs folder of tabletop&apos;s source.</source>
        <translation>Bản cài đặt tabletop này không có {guide}. Tệp này nằm trong thư mục docs của mã nguồn tabletop.</translation>
    </message>
</context>
<context>
    <name>HotwashWindow</name>
    <message>
        <source>Capability</source>
        <translation>Năng lực</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Yếu tố</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Chịu trách nhiệm</translation>
    </message>
    <message>
        <source>POC</source>
        <translation>Đầu mối</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Đáp ứng</translation>
    </message>
    <message>
        <source>Hot wash — {session}</source>
        <translation>Rút kinh nghiệm nhanh — {session}</translation>
    </message>
    <message>
        <source>1. Strengths and improvements</source>
        <translation>1. Điểm mạnh và điểm cần cải thiện</translation>
    </message>
    <message>
        <source>2. After-action questions</source>
        <translation>2. Câu hỏi sau diễn tập</translation>
    </message>
    <message>
        <source>3. Evaluation</source>
        <translation>3. Đánh giá</translation>
    </message>
    <message>
        <source>4. Improvement plan</source>
        <translation>4. Kế hoạch cải tiến</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Lưu câu trả lời</translation>
    </message>
    <message>
        <source>Export after-action report…</source>
        <translation>Xuất báo cáo sau diễn tập…</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Kết thúc phiên</translation>
    </message>
    <message>
        <source>End the session (Ctrl+Shift+E); the hot wash stays editable</source>
        <translation>Kết thúc phiên (Ctrl+Shift+E); phần rút kinh nghiệm nhanh vẫn sửa được</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Điểm mạnh</translation>
    </message>
    <message>
        <source>What went well? Enter adds it.</source>
        <translation>Điều gì làm tốt? Nhấn Enter để thêm.</translation>
    </message>
    <message>
        <source>New strength</source>
        <translation>Điểm mạnh mới</translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation>Điểm cần cải thiện</translation>
    </message>
    <message>
        <source>What should be done better? Enter adds it.</source>
        <translation>Điều gì cần làm tốt hơn? Nhấn Enter để thêm.</translation>
    </message>
    <message>
        <source>New area for improvement</source>
        <translation>Điểm cần cải thiện mới</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>đã lưu</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Kế hoạch cải tiến</translation>
    </message>
    <message>
        <source>the issue or area for improvement</source>
        <translation>vấn đề hoặc điểm cần cải thiện</translation>
    </message>
    <message>
        <source>what will be done about it</source>
        <translation>sẽ làm gì để khắc phục</translation>
    </message>
    <message>
        <source>e.g. Operational communications</source>
        <translation>ví dụ: Thông tin liên lạc tác chiến</translation>
    </message>
    <message>
        <source>primary responsible organisation</source>
        <translation>cơ quan chịu trách nhiệm chính</translation>
    </message>
    <message>
        <source>the organisation&apos;s point of contact</source>
        <translation>đầu mối liên hệ của cơ quan</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>NNNN-TT-NN</translation>
    </message>
    <message>
        <source>The area for improvement it answers</source>
        <translation>Điểm cần cải thiện mà biện pháp này đáp ứng</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Thêm vào kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Vấn đề:</translation>
    </message>
    <message>
        <source>&amp;Corrective action:</source>
        <translation>&amp;Biện pháp khắc phục:</translation>
    </message>
    <message>
        <source>Answers the &amp;area:</source>
        <translation>Đáp ứng điểm &amp;cần cải thiện:</translation>
    </message>
    <message>
        <source>Core c&amp;apability:</source>
        <translation>Năng &amp;lực cốt lõi:</translation>
    </message>
    <message>
        <source>Capability &amp;element:</source>
        <translation>&amp;Yếu tố năng lực:</translation>
    </message>
    <message>
        <source>Responsible &amp;organisation:</source>
        <translation>Cơ quan chịu &amp;trách nhiệm:</translation>
    </message>
    <message>
        <source>Organisation &amp;POC:</source>
        <translation>Đầu &amp;mối của cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Bắt đầ&amp;u:</translation>
    </message>
    <message>
        <source>Co&amp;mpletion:</source>
        <translation>&amp;Hoàn thành:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>— (none named)</source>
        <translation>— (không nêu)</translation>
    </message>
    <message>
        <source>{inject}, expected action {number}: {text}</source>
        <translation>{inject}, hành động mong đợi {number}: {text}</translation>
    </message>
    <message>
        <source>The start date &apos;{text}&apos; is not a date: write it as year-month-day, e.g. 2027-03-31.</source>
        <translation>Ngày bắt đầu &apos;{text}&apos; không phải là ngày: hãy viết theo dạng năm-tháng-ngày, ví dụ 2027-03-31.</translation>
    </message>
    <message>
        <source>The completion date &apos;{text}&apos; is not a date: write it as year-month-day, e.g. 2027-03-31.</source>
        <translation>Ngày hoàn thành &apos;{text}&apos; không phải là ngày: hãy viết theo dạng năm-tháng-ngày, ví dụ 2027-03-31.</translation>
    </message>
    <message>
        <source>The completion date is before the start date.</source>
        <translation>Ngày hoàn thành đứng trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The session has ended. The hot wash can still be completed.</source>
        <translation>Phiên đã kết thúc. Vẫn có thể hoàn tất phần rút kinh nghiệm nhanh.</translation>
    </message>
    <message>
        <source>The session is still running.</source>
        <translation>Phiên vẫn đang diễn ra.</translation>
    </message>
</context>
<context>
    <name>InjectForm</name>
    <message>
        <source>Standard (main line)</source>
        <translation>Chuẩn (tuyến chính)</translation>
    </message>
    <message>
        <source>Contingency (on demand or by branch)</source>
        <translation>Dự phòng (khi cần hoặc theo nhánh)</translation>
    </message>
    <message>
        <source>Adaptive (reached by branch)</source>
        <translation>Thích ứng (đến qua nhánh)</translation>
    </message>
    <message>
        <source>Rename inject</source>
        <translation>đổi mã tình huống</translation>
    </message>
    <message>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Trạng thái mới</translation>
    </message>
    <message>
        <source>becomes</source>
        <translation>chuyển thành</translation>
    </message>
    <message>
        <source>The inject</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>used by branches; renaming it renames them too</source>
        <translation>dùng trong các nhánh; đổi mã thì các nhánh cũng được đổi theo</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>a short headline</source>
        <translation>một dòng tít ngắn</translation>
    </message>
    <message>
        <source>Scenario time:</source>
        <translation>Giờ kịch bản:</translation>
    </message>
    <message>
        <source>scenario time</source>
        <translation>giờ kịch bản</translation>
    </message>
    <message>
        <source>story time when it happens</source>
        <translation>thời điểm xảy ra trong câu chuyện</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Giai đoạn:</translation>
    </message>
    <message>
        <source>Move 1</source>
        <translation>Lượt 1</translation>
    </message>
    <message>
        <source>the move or phase it belongs to</source>
        <translation>lượt hoặc giai đoạn mà tình huống thuộc về</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Standard (the default)</source>
        <translation>Chuẩn (mặc định)</translation>
    </message>
    <message>
        <source>standard injects form the main line; the others are reached by a branch, a next or the facilitator</source>
        <translation>tình huống chuẩn tạo thành tuyến chính; các loại khác được đưa tới qua nhánh, qua next hoặc do người điều phối</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <source>Finnish Navy</source>
        <translation>Hải quân Phần Lan</translation>
    </message>
    <message>
        <source>who it comes from in the story</source>
        <translation>trong câu chuyện, tình huống đến từ ai</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Gửi tới:</translation>
    </message>
    <message>
        <source>the teams it is addressed to; none ticked means every team</source>
        <translation>các đội được gửi tới; không đánh dấu đội nào nghĩa là mọi đội</translation>
    </message>
    <message>
        <source>Team only:</source>
        <translation>Chỉ cho đội:</translation>
    </message>
    <message>
        <source>Only the teams ticked under To see it</source>
        <translation>Chỉ các đội được đánh dấu ở mục Gửi tới mới thấy</translation>
    </message>
    <message>
        <source>team only</source>
        <translation>chỉ cho đội</translation>
    </message>
    <message>
        <source>a team-only card: it reaches only those teams&apos; devices or handouts; never projected</source>
        <translation>thẻ chỉ dành cho đội: chỉ đến thiết bị hoặc tài liệu phát tay của các đội đó; không bao giờ chiếu lên</translation>
    </message>
    <message>
        <source>Class time:</source>
        <translation>Thời lượng lớp học:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>minutes of class planned for it</source>
        <translation>số phút lớp học dự kiến dành cho tình huống</translation>
    </message>
    <message>
        <source>What the players see</source>
        <translation>Điều người chơi thấy</translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>what the players read and the projector shows</source>
        <translation>điều người chơi đọc và máy chiếu hiển thị</translation>
    </message>
    <message>
        <source>For the facilitator (never projected)</source>
        <translation>Dành cho người điều phối (không bao giờ chiếu lên)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>what to watch for; which risk-reduction options fit</source>
        <translation>những điều cần theo dõi; các phương án giảm thiểu rủi ro phù hợp</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Câu hỏi:</translation>
    </message>
    <message>
        <source>discussion questions, one per line</source>
        <translation>câu hỏi thảo luận, mỗi câu một dòng</translation>
    </message>
    <message>
        <source>Expected actions:</source>
        <translation>Hành động mong đợi:</translation>
    </message>
    <message>
        <source>what a well-prepared team would do, one per line</source>
        <translation>điều một đội chuẩn bị tốt sẽ làm, mỗi điều một dòng</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Mục tiêu:</translation>
    </message>
    <message>
        <source>the deck&apos;s learning objectives this inject exercises</source>
        <translation>các mục tiêu học tập của bộ tình huống mà tình huống này rèn luyện</translation>
    </message>
    <message>
        <source>When it is delivered</source>
        <translation>Khi được đưa ra</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>escalation change</source>
        <translation>thay đổi mức leo thang</translation>
    </message>
    <message>
        <source>Escalation change</source>
        <translation>Thay đổi mức leo thang</translation>
    </message>
    <message>
        <source>Escalation changes by</source>
        <translation>Mức leo thang thay đổi</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Điều gì tiếp theo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Delete inject</source>
        <translation>Xóa tình huống</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) or next(s) lead to &apos;{inject}&apos;. Delete it anyway? The problem list will show where they point now (Undo brings it back).</source>
        <translation>
            <numerusform>Có %n nhánh hoặc next dẫn tới &apos;{inject}&apos;. Vẫn xóa? Danh sách vấn đề sẽ cho thấy chúng đang trỏ tới đâu (Hoàn tác sẽ đưa tình huống trở lại).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InjectTimeline</name>
    <message>
        <source>Inject timeline</source>
        <translation>Dòng thời gian tình huống</translation>
    </message>
    <message>
        <source>Deliver this inject now…</source>
        <translation>Đưa ra tình huống này ngay…</translation>
    </message>
    <message>
        <source>Skip this inject…</source>
        <translation>Bỏ qua tình huống này…</translation>
    </message>
</context>
<context>
    <name>InjectTimelineModel</name>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>{title} ({type})</source>
        <translation>{title} ({type})</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>Giai đoạn: {phase}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Trạng thái: {status}</translation>
    </message>
    <message>
        <source>Skipped because: {reason}</source>
        <translation>Bỏ qua vì: {reason}</translation>
    </message>
    <message>
        <source>Next because: {reason}</source>
        <translation>Tiếp theo vì: {reason}</translation>
    </message>
    <message>
        <source>Type: {type} (delivered on demand or by a branch)</source>
        <translation>Loại: {type} (đưa ra khi cần hoặc qua nhánh)</translation>
    </message>
</context>
<context>
    <name>InjectType</name>
    <message>
        <source>standard</source>
        <translation>chuẩn</translation>
    </message>
    <message>
        <source>contingency</source>
        <translation>dự phòng</translation>
    </message>
    <message>
        <source>adaptive</source>
        <translation>thích ứng</translation>
    </message>
</context>
<context>
    <name>Latency</name>
    <message>
        <source>immediate</source>
        <translation>ngay lập tức</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} giờ</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} giờ {minutes} phút</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n tuần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} ngày</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Ẩn thông báo</translation>
    </message>
</context>
<context>
    <name>MselImportDialog</name>
    <message>
        <source>the import failed: {problem}</source>
        <translation>nhập thất bại: {problem}</translation>
    </message>
    <message>
        <source>Import an MSEL spreadsheet</source>
        <translation>Nhập bảng tính MSEL</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <source>The first rows and the field of each column</source>
        <translation>Các dòng đầu tiên và trường của mỗi cột</translation>
    </message>
    <message>
        <source>Problems of the import</source>
        <translation>Các vấn đề của lần nhập</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>No header row was found on this sheet.</source>
        <translation>Không tìm thấy dòng tiêu đề trên trang tính này.</translation>
    </message>
    <message>
        <source>Headers on row {row}; the first rows below them are shown. Choose what each column holds.</source>
        <translation>Tiêu đề ở dòng {row}; hiển thị các dòng đầu tiên bên dưới. Hãy chọn nội dung của từng cột.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Đọc là</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Dòng {number}</translation>
    </message>
    <message>
        <source>Field of column {column}</source>
        <translation>Trường của cột {column}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Error · {problem}</source>
        <translation>Lỗi · {problem}</translation>
    </message>
    <message>
        <source>Note · {problem}</source>
        <translation>Ghi chú · {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s) will be imported; {notes} below.</source>
        <translation>
            <numerusform>Sẽ nhập %n tình huống; {notes} ở dưới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ghi chú</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s) will be imported.</source>
        <translation>
            <numerusform>Sẽ nhập %n tình huống.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until they are fixed (choose other fields, or fix the spreadsheet).</source>
        <translation>
            <numerusform>%n lỗi: chưa nhập được gì cho đến khi sửa xong (chọn trường khác, hoặc sửa bảng tính).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>{file}: the session could not be opened ({problem}).</source>
        <translation>{file}: không mở được phiên ({problem}).</translation>
    </message>
    <message>
        <source>The session is read-only</source>
        <translation>Phiên chỉ đọc</translation>
    </message>
    <message>
        <source>{file} is read-only (the file or its folder), so nothing more can be recorded in it. Open a copy in your sessions folder ({folder}) and carry on there? The original is left as it is.</source>
        <translation>{file} chỉ cho phép đọc (chính tệp hoặc thư mục chứa nó), nên không thể ghi thêm gì vào đó. Mở một bản sao trong thư mục phiên của bạn ({folder}) và tiếp tục ở đó? Tệp gốc được giữ nguyên.</translation>
    </message>
    <message>
        <source>The copy could not be made: {problem}</source>
        <translation>Không tạo được bản sao: {problem}</translation>
    </message>
    <message>
        <source>Open a deck file</source>
        <translation>Mở tệp bộ tình huống</translation>
    </message>
    <message>
        <source>Decks (*.yaml *.yml)</source>
        <translation>Bộ tình huống (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Resume a session file</source>
        <translation>Mở tiếp tệp phiên</translation>
    </message>
    <message>
        <source>tabletop sessions (*.tabletop)</source>
        <translation>Phiên tabletop (*.tabletop)</translation>
    </message>
    <message>
        <source>Recover a damaged session</source>
        <translation>Khôi phục phiên bị hỏng</translation>
    </message>
    <message>
        <source>{file} cannot be opened as it is. Recover it? Every intact event is saved into a new file beside it ({new_file}); the damaged file itself is left as it is.</source>
        <translation>Không thể mở {file} như hiện trạng. Khôi phục nó? Mọi sự kiện còn nguyên vẹn sẽ được lưu vào một tệp mới bên cạnh ({new_file}); bản thân tệp bị hỏng được giữ nguyên.</translation>
    </message>
    <message>
        <source>Choose the deck {file} was started from</source>
        <translation>Chọn bộ tình huống mà {file} đã dùng khi bắt đầu</translation>
    </message>
    <message numerus="yes">
        <source>{file}: the deck stored in the session cannot be read. To recover its %n intact event(s), choose the deck file it was started from.</source>
        <translation>
            <numerusform>{file}: không đọc được bộ tình huống lưu trong phiên. Để khôi phục %n sự kiện còn nguyên vẹn, hãy chọn tệp bộ tình huống đã dùng khi bắt đầu phiên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session recovered</source>
        <translation>Đã khôi phục phiên</translation>
    </message>
    <message numerus="yes">
        <source>%n intact event(s) were saved into {file}. The damaged file was left as it was. Resume the recovered session from the list.</source>
        <translation>
            <numerusform>Đã lưu %n sự kiện còn nguyên vẹn vào {file}. Tệp bị hỏng được giữ nguyên. Hãy mở tiếp phiên đã khôi phục từ danh sách.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deck editor is not available in this installation of tabletop. Decks are YAML files: any text editor will do.</source>
        <translation>Bản cài đặt tabletop này không có trình sửa bộ tình huống. Bộ tình huống là tệp YAML: trình soạn thảo văn bản nào cũng dùng được.</translation>
    </message>
</context>
<context>
    <name>NextReason</name>
    <message>
        <source>first inject</source>
        <translation>tình huống đầu tiên</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>theo thứ tự</translation>
    </message>
    <message>
        <source>as the inject before names it</source>
        <translation>theo chỉ định của tình huống trước</translation>
    </message>
    <message>
        <source>the end of the exercise</source>
        <translation>kết thúc cuộc diễn tập</translation>
    </message>
    <message>
        <source>ends the exercise</source>
        <translation>kết thúc cuộc diễn tập</translation>
    </message>
    <message>
        <source>branch: {label}</source>
        <translation>nhánh: {label}</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <source>Id:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>used by injects</source>
        <translation>dùng trong các tình huống</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Mục tiêu:</translation>
    </message>
    <message>
        <source>an observable statement: Teams … within …</source>
        <translation>một phát biểu có thể quan sát được: Các đội … trong vòng …</translation>
    </message>
    <message>
        <source>Capability:</source>
        <translation>Năng lực:</translation>
    </message>
    <message>
        <source>e.g. Operational Communications</source>
        <translation>ví dụ: Thông tin liên lạc tác chiến</translation>
    </message>
</context>
<context>
    <name>ObservationBar</name>
    <message>
        <source>Observation</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Observation on this inject… (Ctrl+Alt+S strength, Ctrl+Alt+I area for improvement)</source>
        <translation>Nhận xét về tình huống này… (Ctrl+Alt+S điểm mạnh, Ctrl+Alt+I điểm cần cải thiện)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Không xếp loại</translation>
    </message>
    <message>
        <source>HSEEP rating of how the objective was performed</source>
        <translation>Xếp loại HSEEP về việc thực hiện mục tiêu</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>The learning objective the observation is about (the current inject&apos;s, unless you choose another)</source>
        <translation>Mục tiêu học tập mà nhận xét đề cập tới (mục tiêu của tình huống hiện tại, trừ khi bạn chọn mục tiêu khác)</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Không gắn mục tiêu</translation>
    </message>
    <message>
        <source>Objective {number}: {text}</source>
        <translation>Mục tiêu {number}: {text}</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Điểm mạnh</translation>
    </message>
    <message>
        <source>Add as a strength</source>
        <translation>Thêm thành điểm mạnh</translation>
    </message>
    <message>
        <source>Note it as a strength (Ctrl+Alt+S)</source>
        <translation>Ghi thành điểm mạnh (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Cần cải thiện</translation>
    </message>
    <message>
        <source>Add as an area for improvement</source>
        <translation>Thêm thành điểm cần cải thiện</translation>
    </message>
    <message>
        <source>Note it as an area for improvement (Ctrl+Alt+I)</source>
        <translation>Ghi thành điểm cần cải thiện (Ctrl+Alt+I)</translation>
    </message>
</context>
<context>
    <name>ObservationList</name>
    <message>
        <source>Observations</source>
        <translation>Nhận xét</translation>
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
        <translation>Tình huống tiếp theo</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Bỏ qua…</translation>
    </message>
    <message>
        <source>Skip inject</source>
        <translation>Bỏ qua tình huống</translation>
    </message>
    <message>
        <source>Skip an inject, with a reason for the report (F6)</source>
        <translation>Bỏ qua một tình huống, kèm lý do cho báo cáo (F6)</translation>
    </message>
    <message>
        <source>Deliver other…</source>
        <translation>Đưa ra tình huống khác…</translation>
    </message>
    <message>
        <source>Deliver a chosen inject</source>
        <translation>Đưa ra tình huống đã chọn</translation>
    </message>
    <message>
        <source>Deliver a chosen inject now, e.g. a contingency (F7)</source>
        <translation>Đưa ra ngay một tình huống đã chọn, ví dụ tình huống dự phòng (F7)</translation>
    </message>
    <message>
        <source>Hot wash</source>
        <translation>Rút kinh nghiệm nhanh</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>Phiên đã kết thúc</translation>
    </message>
    <message>
        <source>Record the hot wash and export the after-action report.</source>
        <translation>Ghi nội dung rút kinh nghiệm nhanh và xuất báo cáo sau diễn tập.</translation>
    </message>
    <message>
        <source>Hot wash and end</source>
        <translation>Rút kinh nghiệm và kết thúc</translation>
    </message>
    <message>
        <source>No more injects on the story line</source>
        <translation>Tuyến câu chuyện không còn tình huống nào</translation>
    </message>
    <message>
        <source>Deliver a contingency inject with Deliver other…, or go to the hot wash.</source>
        <translation>Hãy đưa ra một tình huống dự phòng bằng Đưa ra tình huống khác…, hoặc chuyển sang rút kinh nghiệm nhanh.</translation>
    </message>
    <message>
        <source>Every inject has been played: go to the hot wash.</source>
        <translation>Đã chơi hết mọi tình huống: hãy chuyển sang rút kinh nghiệm nhanh.</translation>
    </message>
    <message>
        <source>Next: {inject}</source>
        <translation>Tiếp theo: {inject}</translation>
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
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Theo hệ thống ({language})</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>The language of the menus, buttons and messages. The language a class plays a deck in is chosen for each session, when it is set up; a report&apos;s language when it is exported.</source>
        <translation>Ngôn ngữ của trình đơn, nút bấm và thông báo. Ngôn ngữ mà lớp học chơi bộ tình huống được chọn riêng cho từng phiên, khi thiết lập phiên; ngôn ngữ của báo cáo được chọn khi xuất.</translation>
    </message>
    <message>
        <source>The environment variable {variable} is set to {language}: while it is set, tabletop starts in that language whatever is chosen here.</source>
        <translation>Biến môi trường {variable} đang đặt là {language}: khi biến này còn được đặt, tabletop luôn khởi động bằng ngôn ngữ đó, bất kể lựa chọn ở đây.</translation>
    </message>
    <message>
        <source>tabletop will be in {language} when it starts again. The windows open now keep their language.</source>
        <translation>tabletop sẽ dùng {language} từ lần khởi động sau. Các cửa sổ đang mở giữ nguyên ngôn ngữ hiện tại.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation>Ngôn ngữ của giao diện</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Inject {number}</source>
        <translation>Tình huống {number}</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Các tình huống</translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation>Đội {number}</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Các đội</translation>
    </message>
    <message>
        <source>Channel {number}</source>
        <translation>Kênh {number}</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Các kênh</translation>
    </message>
    <message>
        <source>Objective {number}</source>
        <translation>Mục tiêu {number}</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Các mục tiêu</translation>
    </message>
    <message>
        <source>Source {number}</source>
        <translation>Nguồn {number}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Các nguồn</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Bộ tình huống</translation>
    </message>
    <message>
        <source>this field{rest}</source>
        <translation>trường này{rest}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Error · {where}: {problem}</source>
        <translation>Lỗi · {where}: {problem}</translation>
    </message>
    <message>
        <source>Warning · {where}: {problem}</source>
        <translation>Cảnh báo · {where}: {problem}</translation>
    </message>
    <message>
        <source>No problems: the deck is valid.</source>
        <translation>Không có vấn đề: bộ tình huống hợp lệ.</translation>
    </message>
    <message>
        <source>{errors}, {warnings} — click one to go to the field.</source>
        <translation>{errors}, {warnings} — bấm vào một mục để tới trường đó.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Máy chiếu</translation>
    </message>
    <message>
        <source>Projector — {deck}</source>
        <translation>Máy chiếu — {deck}</translation>
    </message>
    <message>
        <source>Scenario time</source>
        <translation>Giờ kịch bản</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>Mức leo thang</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kênh liên lạc</translation>
    </message>
    <message>
        <source>Escalation {level}: {name}</source>
        <translation>Leo thang {level}: {name}</translation>
    </message>
    <message>
        <source>The exercise has ended.</source>
        <translation>Cuộc diễn tập đã kết thúc.</translation>
    </message>
    <message>
        <source>The exercise is about to begin.</source>
        <translation>Cuộc diễn tập sắp bắt đầu.</translation>
    </message>
    <message>
        <source>Day {day}  {time}</source>
        <translation>Ngày {day}  {time}</translation>
    </message>
    <message>
        <source>Held: the screen is blank</source>
        <translation>Đang giữ: màn hình để trống</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <source>it could not be made ({problem})</source>
        <translation>không tạo được ({problem})</translation>
    </message>
    <message>
        <source>Nothing was written: {problem}</source>
        <translation>Không ghi được gì: {problem}</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Injects</source>
        <translation>Các tình huống</translation>
    </message>
    <message>
        <source>Add an inject after the selected one</source>
        <translation>Thêm một tình huống sau tình huống đang chọn</translation>
    </message>
    <message>
        <source>Copy the selected inject</source>
        <translation>Sao chép tình huống đang chọn</translation>
    </message>
    <message>
        <source>Delete the selected inject</source>
        <translation>Xóa tình huống đang chọn</translation>
    </message>
    <message>
        <source>Move the inject up</source>
        <translation>Đưa tình huống lên</translation>
    </message>
    <message>
        <source>Move the inject down</source>
        <translation>Đưa tình huống xuống</translation>
    </message>
    <message>
        <source>No inject selected. Add one with Add.</source>
        <translation>Chưa chọn tình huống nào. Hãy thêm bằng nút Thêm.</translation>
    </message>
    <message>
        <source>Add inject</source>
        <translation>thêm tình huống</translation>
    </message>
    <message>
        <source>Duplicate inject</source>
        <translation>nhân bản tình huống</translation>
    </message>
    <message>
        <source>Delete inject</source>
        <translation>xóa tình huống</translation>
    </message>
    <message>
        <source>Move inject</source>
        <translation>di chuyển tình huống</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Các đội</translation>
    </message>
    <message>
        <source>Add a team after the selected one</source>
        <translation>Thêm một đội sau đội đang chọn</translation>
    </message>
    <message>
        <source>Copy the selected team</source>
        <translation>Sao chép đội đang chọn</translation>
    </message>
    <message>
        <source>Delete the selected team</source>
        <translation>Xóa đội đang chọn</translation>
    </message>
    <message>
        <source>Move the team up</source>
        <translation>Đưa đội lên</translation>
    </message>
    <message>
        <source>Move the team down</source>
        <translation>Đưa đội xuống</translation>
    </message>
    <message>
        <source>No team selected. Add one with Add.</source>
        <translation>Chưa chọn đội nào. Hãy thêm bằng nút Thêm.</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>thêm đội</translation>
    </message>
    <message>
        <source>Duplicate team</source>
        <translation>nhân bản đội</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>xóa đội</translation>
    </message>
    <message>
        <source>Move team</source>
        <translation>di chuyển đội</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Các mục tiêu</translation>
    </message>
    <message>
        <source>Add an objective after the selected one</source>
        <translation>Thêm một mục tiêu sau mục tiêu đang chọn</translation>
    </message>
    <message>
        <source>Copy the selected objective</source>
        <translation>Sao chép mục tiêu đang chọn</translation>
    </message>
    <message>
        <source>Delete the selected objective</source>
        <translation>Xóa mục tiêu đang chọn</translation>
    </message>
    <message>
        <source>Move the objective up</source>
        <translation>Đưa mục tiêu lên</translation>
    </message>
    <message>
        <source>Move the objective down</source>
        <translation>Đưa mục tiêu xuống</translation>
    </message>
    <message>
        <source>No objective selected. Add one with Add.</source>
        <translation>Chưa chọn mục tiêu nào. Hãy thêm bằng nút Thêm.</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>thêm mục tiêu</translation>
    </message>
    <message>
        <source>Duplicate objective</source>
        <translation>nhân bản mục tiêu</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>xóa mục tiêu</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>di chuyển mục tiêu</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Các nguồn</translation>
    </message>
    <message>
        <source>Add a source after the selected one</source>
        <translation>Thêm một nguồn sau nguồn đang chọn</translation>
    </message>
    <message>
        <source>Copy the selected source</source>
        <translation>Sao chép nguồn đang chọn</translation>
    </message>
    <message>
        <source>Delete the selected source</source>
        <translation>Xóa nguồn đang chọn</translation>
    </message>
    <message>
        <source>Move the source up</source>
        <translation>Đưa nguồn lên</translation>
    </message>
    <message>
        <source>Move the source down</source>
        <translation>Đưa nguồn xuống</translation>
    </message>
    <message>
        <source>No source selected. Add one with Add.</source>
        <translation>Chưa chọn nguồn nào. Hãy thêm bằng nút Thêm.</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>thêm nguồn</translation>
    </message>
    <message>
        <source>Duplicate source</source>
        <translation>nhân bản nguồn</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>xóa nguồn</translation>
    </message>
    <message>
        <source>Move source</source>
        <translation>di chuyển nguồn</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Các kênh</translation>
    </message>
    <message>
        <source>Add a channel after the selected one</source>
        <translation>Thêm một kênh sau kênh đang chọn</translation>
    </message>
    <message>
        <source>Copy the selected channel</source>
        <translation>Sao chép kênh đang chọn</translation>
    </message>
    <message>
        <source>Delete the selected channel</source>
        <translation>Xóa kênh đang chọn</translation>
    </message>
    <message>
        <source>Move the channel up</source>
        <translation>Đưa kênh lên</translation>
    </message>
    <message>
        <source>Move the channel down</source>
        <translation>Đưa kênh xuống</translation>
    </message>
    <message>
        <source>No channel selected. Add one with Add.</source>
        <translation>Chưa chọn kênh nào. Hãy thêm bằng nút Thêm.</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>thêm kênh</translation>
    </message>
    <message>
        <source>Duplicate channel</source>
        <translation>nhân bản kênh</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>xóa kênh</translation>
    </message>
    <message>
        <source>Move channel</source>
        <translation>di chuyển kênh</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Đưa lên (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Đưa xuống (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export after-action report</source>
        <translation>Xuất báo cáo sau diễn tập</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents, editable (*.docx)</source>
        <translation>Tài liệu Word, sửa được (*.docx)</translation>
    </message>
    <message>
        <source>the report could not be made ({problem})</source>
        <translation>không tạo được báo cáo ({problem})</translation>
    </message>
    <message>
        <source>Building the after-action report…</source>
        <translation>Đang tạo báo cáo sau diễn tập…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>The after-action report was saved as {file}, but no program to show it could be opened. Open the file from your file manager.</source>
        <translation>Đã lưu báo cáo sau diễn tập thành {file}, nhưng không mở được chương trình nào để xem. Hãy mở tệp từ trình quản lý tệp.</translation>
    </message>
    <message>
        <source>The report was made, but some entries of the session could not be applied; the report&apos;s event log marks them as ignored.</source>
        <translation>Đã tạo báo cáo, nhưng một số mục của phiên không áp dụng được; nhật ký sự kiện của báo cáo đánh dấu chúng là bị bỏ qua.</translation>
    </message>
    <message>
        <source>The after-action report could not be saved: {problem}

The session itself is not affected; try again, for example in another folder.</source>
        <translation>Không lưu được báo cáo sau diễn tập: {problem}

Bản thân phiên không bị ảnh hưởng; hãy thử lại, chẳng hạn ở một thư mục khác.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>phiên</translation>
    </message>
    <message>
        <source>{exercise}-after-action-report</source>
        <translation>{exercise}-báo-cáo-sau-diễn-tập</translation>
    </message>
    <message>
        <source>PDF documents in {language} (*.pdf)</source>
        <translation>Tài liệu PDF bằng {language} (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents in {language}, editable (*.docx)</source>
        <translation>Tài liệu Word bằng {language}, sửa được (*.docx)</translation>
    </message>
    <message>
        <source>The after-action report was not saved: {problem}.</source>
        <translation>Chưa lưu báo cáo sau diễn tập: {problem}.</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} đã tồn tại. Thay thế nó?</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the submission with a note</source>
        <translation>Trả lại bài gửi kèm ghi chú</translation>
    </message>
    <message>
        <source>Why it goes back, for the team to read</source>
        <translation>Lý do trả lại, để đội đọc</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
</context>
<context>
    <name>ScenarioTime</name>
    <message>
        <source>Day {day} {time}</source>
        <translation>Ngày {day} {time}</translation>
    </message>
    <message>
        <source>D{day} {time}</source>
        <comment>short for Day 1 06:40</comment>
        <translation>N{day} {time}</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The session is closed.</source>
        <translation>Phiên đã đóng.</translation>
    </message>
    <message>
        <source>{problem} Nothing was recorded for this action; everything recorded before it is safe in the session file.</source>
        <translation>{problem} Không ghi nhận gì cho thao tác này; mọi thứ đã ghi nhận trước đó vẫn an toàn trong tệp phiên.</translation>
    </message>
    <message>
        <source>The session file could not be written ({problem}). Nothing was recorded for this action; everything recorded before it is safe.</source>
        <translation>Không ghi được tệp phiên ({problem}). Không ghi nhận gì cho thao tác này; mọi thứ đã ghi nhận trước đó vẫn an toàn.</translation>
    </message>
    <message>
        <source>Amendment of decision {decision}</source>
        <translation>Bản sửa của quyết định {decision}</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>last activity {time}</source>
        <translation>hoạt động gần nhất {time}</translation>
    </message>
    <message>
        <source>started {time}</source>
        <translation>bắt đầu {time}</translation>
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
        <translation>Thiết lập phiên — {deck}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Bắt đầu phiên</translation>
    </message>
    <message>
        <source>{deck} has errors</source>
        <translation>{deck} có lỗi</translation>
    </message>
    <message>
        <source>Fix these problems in the deck file (or the deck editor), then set up the session again.</source>
        <translation>Hãy sửa các vấn đề này trong tệp bộ tình huống (hoặc trong trình soạn bộ tình huống), rồi thiết lập lại phiên.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Khoảng %n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inject(s).</source>
        <translation>
            <numerusform>%n tình huống.</numerusform>
        </translation>
    </message>
    <message>
        <source>The language the class plays in</source>
        <translation>Ngôn ngữ lớp học dùng khi chơi</translation>
    </message>
    <message>
        <source>{language} (the deck&apos;s own)</source>
        <translation>{language} (ngôn ngữ gốc của bộ tình huống)</translation>
    </message>
    <message>
        <source>{language} (translation)</source>
        <translation>{language} (bản dịch)</translation>
    </message>
    <message>
        <source>The deck&apos;s text (injects, teams, channels, the ladder) in this language on the console, the projector, team devices and the report</source>
        <translation>Nội dung của bộ tình huống (tình huống, đội, kênh, thang leo thang) bằng ngôn ngữ này trên màn hình điều khiển, máy chiếu, thiết bị của các đội và trong báo cáo</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>&amp;Language of play:</source>
        <translation>&amp;Ngôn ngữ chơi:</translation>
    </message>
    <message>
        <source>Session &amp;name:</source>
        <translation>&amp;Tên phiên:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Người điều &amp;phối:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>N&amp;gày:</translation>
    </message>
    <message>
        <source>Starting &amp;escalation:</source>
        <translation>Mức &amp;leo thang ban đầu:</translation>
    </message>
    <message>
        <source>Save &amp;in…</source>
        <translation>Lưu &amp;vào…</translation>
    </message>
    <message>
        <source>Session file:</source>
        <translation>Tệp phiên:</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Các đội</translation>
    </message>
    <message>
        <source>Rename a team for this class and add its players. Untick a team the class does not field.</source>
        <translation>Đổi tên đội cho lớp này và thêm người chơi. Bỏ đánh dấu đội mà lớp không cử người chơi.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Tên đội</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Phía</translation>
    </message>
    <message>
        <source>Participants (comma-separated)</source>
        <translation>Người chơi (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Channels at the start</source>
        <translation>Các kênh lúc bắt đầu</translation>
    </message>
    <message>
        <source>Adjust a channel&apos;s starting status for this run; the deck is unchanged.</source>
        <translation>Điều chỉnh trạng thái ban đầu của một kênh cho lần chơi này; bộ tình huống không thay đổi.</translation>
    </message>
    <message>
        <source>Channels and their starting status</source>
        <translation>Các kênh và trạng thái ban đầu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Starting status</source>
        <translation>Trạng thái ban đầu</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Độ trễ</translation>
    </message>
    <message>
        <source>{channel}
Parties: {parties}</source>
        <translation>{channel}
Các bên: {parties}</translation>
    </message>
    <message>
        <source>Starting status of {channel}</source>
        <translation>Trạng thái ban đầu của {channel}</translation>
    </message>
    <message>
        <source>Changed for this run</source>
        <translation>Đã thay đổi cho lần chơi này</translation>
    </message>
    <message>
        <source>As the deck sets it</source>
        <translation>Như bộ tình huống quy định</translation>
    </message>
    <message>
        <source>A new file named by date and deck in {folder}</source>
        <translation>Một tệp mới đặt tên theo ngày và bộ tình huống, trong {folder}</translation>
    </message>
    <message>
        <source>Save the session file as</source>
        <translation>Lưu tệp phiên thành</translation>
    </message>
    <message>
        <source>tabletop sessions (*.tabletop)</source>
        <translation>Phiên tabletop (*.tabletop)</translation>
    </message>
    <message>
        <source>Two teams are called “{name}”: give each team a name of its own.</source>
        <translation>Hai đội cùng tên “{name}”: hãy đặt cho mỗi đội một tên riêng.</translation>
    </message>
    <message>
        <source>{problem} Choose another place with “Save in…”.</source>
        <translation>{problem} Hãy chọn nơi khác bằng “Lưu vào…”.</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>not ended</source>
        <translation>chưa kết thúc</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>open elsewhere</source>
        <translation>đang mở ở nơi khác</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>bị hỏng</translation>
    </message>
    <message>
        <source>not a session</source>
        <translation>không phải tệp phiên</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>made by a newer version</source>
        <translation>do phiên bản mới hơn tạo ra</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip an inject</source>
        <translation>Bỏ qua một tình huống</translation>
    </message>
    <message>
        <source>Why is it skipped? The reason goes into the after-action report.</source>
        <translation>Vì sao bỏ qua? Lý do được đưa vào báo cáo sau diễn tập.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Inject to skip</source>
        <translation>Tình huống cần bỏ qua</translation>
    </message>
    <message>
        <source>{inject} (next)</source>
        <translation>{inject} (tiếp theo)</translation>
    </message>
    <message>
        <source>&amp;Inject:</source>
        <translation>&amp;Tình huống:</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>Id:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>cited by injects</source>
        <translation>được các tình huống dẫn nguồn</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Nhà xuất bản:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>as written, e.g. 2026-01</source>
        <translation>như được ghi, ví dụ 2026-01</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>where to find it</source>
        <translation>nơi tìm thấy nguồn</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>what the deck takes from it</source>
        <translation>bộ tình huống lấy gì từ nguồn này</translation>
    </message>
</context>
<context>
    <name>SourceRefs</name>
    <message>
        <source>Cite a source</source>
        <translation>Dẫn nguồn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>section or page</source>
        <translation>phần hoặc trang</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>what the inject takes from it</source>
        <translation>tình huống lấy gì từ nguồn này</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>sửa nguồn</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>bỏ nguồn</translation>
    </message>
    <message>
        <source>Cite source</source>
        <translation>dẫn nguồn</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Decks and sessions</source>
        <translation>Bộ tình huống và phiên</translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation>Mở tiếp phiên này</translation>
    </message>
    <message>
        <source>Choose an exercise deck to set up a session, or resume one.</source>
        <translation>Chọn một bộ tình huống để thiết lập phiên, hoặc mở tiếp một phiên.</translation>
    </message>
    <message>
        <source>Language: {language}…</source>
        <translation>Ngôn ngữ: {language}…</translation>
    </message>
    <message>
        <source>The language of the menus, buttons and messages</source>
        <translation>Ngôn ngữ của menu, nút bấm và thông báo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Set up a session with the selected deck…</source>
        <translation>&amp;Thiết lập phiên với bộ tình huống đã chọn…</translation>
    </message>
    <message>
        <source>&amp;Open deck file…</source>
        <translation>&amp;Mở tệp bộ tình huống…</translation>
    </message>
    <message>
        <source>&amp;Resume session file…</source>
        <translation>Mở tiếp tệp &amp;phiên…</translation>
    </message>
    <message>
        <source>New &amp;deck…</source>
        <translation>Tạo &amp;bộ tình huống mới…</translation>
    </message>
    <message>
        <source>&amp;Edit the selected deck…</source>
        <translation>&amp;Sửa bộ tình huống đã chọn…</translation>
    </message>
    <message>
        <source>Re&amp;fresh lists</source>
        <translation>&amp;Làm mới danh sách</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About tabletop</source>
        <translation>&amp;Giới thiệu tabletop</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Bộ tình huống</translation>
    </message>
    <message>
        <source>Set up session…</source>
        <translation>Thiết lập phiên…</translation>
    </message>
    <message>
        <source>Open deck file…</source>
        <translation>Mở tệp bộ tình huống…</translation>
    </message>
    <message>
        <source>New deck…</source>
        <translation>Bộ tình huống mới…</translation>
    </message>
    <message>
        <source>Edit deck…</source>
        <translation>Sửa bộ tình huống…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <source>Sessions, unfinished first</source>
        <translation>Các phiên, phiên chưa kết thúc trước</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Mở tiếp</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Save every intact event of a damaged file into a new one</source>
        <translation>Lưu mọi sự kiện còn nguyên vẹn của một tệp bị hỏng vào một tệp mới</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Tệp khác…</translation>
    </message>
    <message>
        <source>No sessions yet. Choose a deck and press Set up session…: every session run here is listed, and one that was not ended is offered first.</source>
        <translation>Chưa có phiên nào. Hãy chọn một bộ tình huống rồi bấm Thiết lập phiên…: mọi phiên chạy ở đây đều được liệt kê, và phiên nào chưa kết thúc sẽ được đưa lên đầu.</translation>
    </message>
    <message>
        <source>Your decks folder: {folder}</source>
        <translation>Thư mục bộ tình huống của bạn: {folder}</translation>
    </message>
    <message>
        <source>Open in another tabletop window</source>
        <translation>Đang mở trong một cửa sổ tabletop khác</translation>
    </message>
    <message>
        <source>Sessions folder: {folder}</source>
        <translation>Thư mục phiên: {folder}</translation>
    </message>
    <message>
        <source>&lt;b&gt;A session was not ended:&lt;/b&gt; {session} ({deck}), last activity {time}. Everything recorded in it is safe: resume it to carry on where it stopped.</source>
        <translation>&lt;b&gt;Có một phiên chưa kết thúc:&lt;/b&gt; {session} ({deck}), hoạt động gần nhất {time}. Mọi nội dung đã ghi nhận trong phiên vẫn an toàn: hãy mở tiếp để tiếp tục từ chỗ đã dừng.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A session was not ended:&lt;/b&gt; {session}, last activity {time}. Everything recorded in it is safe: resume it to carry on where it stopped.</source>
        <translation>&lt;b&gt;Có một phiên chưa kết thúc:&lt;/b&gt; {session}, hoạt động gần nhất {time}. Mọi nội dung đã ghi nhận trong phiên vẫn an toàn: hãy mở tiếp để tiếp tục từ chỗ đã dừng.</translation>
    </message>
    <message numerus="yes">
        <source>%n more unfinished session(s) are in the list.</source>
        <translation>
            <numerusform>Danh sách còn %n phiên chưa kết thúc khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>{file} is open in another tabletop window. Switch to that window, or close it there first.</source>
        <translation>{file} đang mở trong một cửa sổ tabletop khác. Hãy chuyển sang cửa sổ đó, hoặc đóng nó ở đó trước.</translation>
    </message>
    <message>
        <source>About tabletop</source>
        <translation>Giới thiệu tabletop</translation>
    </message>
    <message>
        <source>Run crisis tabletop exercises in a classroom.</source>
        <translation>Tổ chức diễn tập xử lý khủng hoảng trên bàn trong lớp học.</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Suy giảm</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Đã dịch</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Lỗi thời</translation>
    </message>
    <message>
        <source>Not in the deck</source>
        <translation>Không có trong bộ tình huống</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Điểm mạnh</translation>
    </message>
    <message>
        <source>Area for improvement</source>
        <translation>Điểm cần cải thiện</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Chưa kết thúc</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Open elsewhere</source>
        <translation>Đang mở nơi khác</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Bị hỏng</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Bị chậm</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Không chuyển được</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Đang trên đường</translation>
    </message>
    <message>
        <source>No message</source>
        <translation>Không qua kênh</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
</context>
<context>
    <name>SubmissionsPanel</name>
    <message>
        <source>Accept messages automatically</source>
        <translation>Tự động chấp nhận thông điệp</translation>
    </message>
    <message>
        <source>Record every message from a device as it comes (for this session); actions, statements and agreements still wait here</source>
        <translation>Ghi nhận ngay mọi thông điệp từ thiết bị khi nó đến (cho phiên này); hành động, tuyên bố và thỏa thuận vẫn chờ ở đây</translation>
    </message>
    <message>
        <source>Submissions from team devices</source>
        <translation>Bài gửi từ thiết bị của các đội</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đội</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} giây</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
    <message>
        <source>No submission from a team device is waiting.</source>
        <translation>Không có bài gửi nào từ thiết bị của các đội đang chờ.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Chấp nhận</translation>
    </message>
    <message>
        <source>&amp;Edit, then accept…</source>
        <translation>&amp;Sửa rồi chấp nhận…</translation>
    </message>
    <message>
        <source>Re&amp;turn with a note…</source>
        <translation>Trả &amp;lại kèm ghi chú…</translation>
    </message>
</context>
<context>
    <name>SuggestionTally</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>thêm %n quyết định</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamConsole</name>
    <message>
        <source>Submissions from team devices</source>
        <translation>Bài gửi từ thiết bị của các đội</translation>
    </message>
</context>
<context>
    <name>TeamDevices</name>
    <message>
        <source>The session has ended: team devices cannot join any more.</source>
        <translation>Phiên đã kết thúc: thiết bị của các đội không tham gia được nữa.</translation>
    </message>
    <message>
        <source>Team devices could not start: {problem}.</source>
        <translation>Không khởi động được thiết bị của các đội: {problem}.</translation>
    </message>
    <message>
        <source>Team devices: port {old} was taken, so they now use port {new}; print new join cards or read the new addresses from Session → Team devices.</source>
        <translation>Thiết bị của các đội: cổng {old} đã bị chiếm nên nay dùng cổng {new}; hãy in thẻ tham gia mới hoặc đọc địa chỉ mới ở Phiên → Thiết bị của các đội.</translation>
    </message>
    <message>
        <source>The team-device settings could not be saved: {problem}</source>
        <translation>Không lưu được thiết lập thiết bị của các đội: {problem}</translation>
    </message>
</context>
<context>
    <name>TeamDevicesDialog</name>
    <message>
        <source>QR code for {team}</source>
        <translation>Mã QR cho {team}</translation>
    </message>
    <message>
        <source>Revoke access (new code)</source>
        <translation>Thu hồi quyền truy cập (mã mới)</translation>
    </message>
    <message>
        <source>Print handouts…</source>
        <translation>In tài liệu phát tay…</translation>
    </message>
    <message>
        <source>Team devices</source>
        <translation>Thiết bị của các đội</translation>
    </message>
    <message>
        <source>The address of this computer that the join codes show</source>
        <translation>Địa chỉ của máy tính này được hiển thị trong mã tham gia</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Accept messages automatically</source>
        <translation>Tự động chấp nhận thông điệp</translation>
    </message>
    <message>
        <source>Print join cards…</source>
        <translation>In thẻ tham gia…</translation>
    </message>
    <message>
        <source>Announce the real level to every team…</source>
        <translation>Thông báo mức thực tế cho mọi đội…</translation>
    </message>
    <message>
        <source>Devices talk to this computer in plain HTTP over the room&apos;s network: anyone on the same network could read what they send and receive. Use the room&apos;s own Wi-Fi or a phone hotspot you control, and stop the server when the class is over.</source>
        <translation>Các thiết bị liên lạc với máy tính này bằng HTTP thường qua mạng của phòng: bất kỳ ai trong cùng mạng đều có thể đọc được những gì chúng gửi và nhận. Hãy dùng Wi-Fi riêng của phòng hoặc điểm phát sóng điện thoại do bạn kiểm soát, và dừng máy chủ khi buổi học kết thúc.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On&lt;/b&gt;: listening on port {port}. Teams join with the addresses below (same network as this computer).</source>
        <translation>&lt;b&gt;Bật&lt;/b&gt;: đang lắng nghe ở cổng {port}. Các đội tham gia bằng các địa chỉ bên dưới (cùng mạng với máy tính này).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Off&lt;/b&gt;: no device can reach this session.</source>
        <translation>&lt;b&gt;Tắt&lt;/b&gt;: không thiết bị nào kết nối được với phiên này.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>(start the server to see the address)</source>
        <translation>(khởi động máy chủ để xem địa chỉ)</translation>
    </message>
    <message>
        <source>This team has no team-only cards: there is nothing to print.</source>
        <translation>Đội này không có thẻ chỉ dành cho đội: không có gì để in.</translation>
    </message>
    <message>
        <source>No device connected.</source>
        <translation>Không có thiết bị nào kết nối.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connected ({addresses})</source>
        <translation>
            <numerusform>%n thiết bị đã kết nối ({addresses})</numerusform>
        </translation>
    </message>
    <message>
        <source>Team devices are off; their pages say they are reconnecting.</source>
        <translation>Thiết bị của các đội đã tắt; trang của họ báo đang kết nối lại.</translation>
    </message>
    <message>
        <source>{team} has a new join code: its devices were disconnected and its old card no longer works. Give the team its new QR code.</source>
        <translation>{team} có mã tham gia mới: các thiết bị của đội đã bị ngắt kết nối và thẻ cũ không còn dùng được. Hãy đưa cho đội mã QR mới.</translation>
    </message>
    <message>
        <source>Announce the escalation level</source>
        <translation>Thông báo mức leo thang</translation>
    </message>
    <message>
        <source>Tell every team that the level is {level} ({name})? Their believed level becomes the real one.</source>
        <translation>Báo cho mọi đội rằng mức hiện tại là {level} ({name})? Mức mà các đội tin rằng đang ở sẽ trở thành mức thực tế.</translation>
    </message>
    <message>
        <source>Save the join cards</source>
        <translation>Lưu thẻ tham gia</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Join cards saved to {path}: one page per team.</source>
        <translation>Đã lưu thẻ tham gia vào {path}: mỗi đội một trang.</translation>
    </message>
    <message>
        <source>Save the handouts</source>
        <translation>Lưu tài liệu phát tay</translation>
    </message>
    <message numerus="yes">
        <source>%n handout(s) for {team} saved to {path}: hand each page over when its inject is delivered.</source>
        <translation>
            <numerusform>Đã lưu %n tài liệu phát tay cho {team} vào {path}: hãy trao từng trang khi tình huống của nó được đưa ra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamForm</name>
    <message>
        <source>Id:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>đổi mã đội</translation>
    </message>
    <message>
        <source>used by injects and branches; renaming it renames them too</source>
        <translation>dùng trong các tình huống và các nhánh; đổi mã thì chúng cũng được đổi theo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>e.g. North Atlantic Council</source>
        <translation>ví dụ: Hội đồng Bắc Đại Tây Dương</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Tên viết tắt:</translation>
    </message>
    <message>
        <source>its tag on the escalation meter and in the log, e.g. NATO (12 at most)</source>
        <translation>nhãn của đội trên thang leo thang và trong nhật ký, ví dụ NATO (tối đa 12 ký tự)</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Phía:</translation>
    </message>
    <message>
        <source>teams on different sides are the other side for the escalation meter</source>
        <translation>các đội ở khác phía là “phía bên kia” trên thước đo leo thang</translation>
    </message>
    <message>
        <source>Speaks for:</source>
        <translation>Đại diện cho:</translation>
    </message>
    <message>
        <source>the channel parties this team speaks for, e.g. nato, europe</source>
        <translation>các bên của kênh mà đội này đại diện, ví dụ nato, europe</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>one line: who they are</source>
        <translation>một dòng: họ là ai</translation>
    </message>
    <message>
        <source>Briefing:</source>
        <translation>Giới thiệu:</translation>
    </message>
    <message>
        <source>read to the team before play</source>
        <translation>đọc cho đội trước khi chơi</translation>
    </message>
    <message>
        <source>Players:</source>
        <translation>Người chơi:</translation>
    </message>
    <message>
        <source>names of the people playing it (usually set when the session starts)</source>
        <translation>tên những người chơi trong đội (thường được đặt khi bắt đầu phiên)</translation>
    </message>
    <message>
        <source>Parties in the catalog: {parties}</source>
        <translation>Các bên trong danh mục: {parties}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Set</source>
        <translation>Đặt</translation>
    </message>
    <message>
        <source>Day </source>
        <translation>Ngày </translation>
    </message>
</context>
<context>
    <name>TranslationTab</name>
    <message>
        <source>the deck has no id yet: give it one before translating it</source>
        <translation>bộ tình huống chưa có mã: hãy đặt mã trước khi dịch</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Every text</source>
        <translation>Mọi văn bản</translation>
    </message>
    <message>
        <source>Missing or stale</source>
        <translation>Còn thiếu hoặc lỗi thời</translation>
    </message>
    <message>
        <source>&amp;Save translation</source>
        <translation>&amp;Lưu bản dịch</translation>
    </message>
    <message>
        <source>Drop the extra entries</source>
        <translation>Bỏ các mục thừa</translation>
    </message>
    <message>
        <source>Leave out the entries of texts the deck no longer has</source>
        <translation>Bỏ các mục của những văn bản mà bộ tình huống không còn nữa</translation>
    </message>
    <message>
        <source>Texts of the deck</source>
        <translation>Các văn bản của bộ tình huống</translation>
    </message>
    <message>
        <source>Translated from:</source>
        <translation>Được dịch từ:</translation>
    </message>
    <message>
        <source>The source the translation was made from</source>
        <translation>Văn bản nguồn mà bản dịch được dịch từ đó</translation>
    </message>
    <message>
        <source>&amp;Keep: the translation still fits the source</source>
        <translation>&amp;Vẫn đúng: giữ bản dịch cho nguồn mới</translation>
    </message>
    <message>
        <source>{language} (new translation)</source>
        <translation>{language} (bản dịch mới)</translation>
    </message>
    <message>
        <source>A translation is a file beside the deck: save the deck first, then translate it here.</source>
        <translation>Bản dịch là một tệp nằm cạnh bộ tình huống: hãy lưu bộ tình huống trước, rồi dịch ở đây.</translation>
    </message>
    <message>
        <source>The translation file: {path}</source>
        <translation>Tệp bản dịch: {path}</translation>
    </message>
    <message>
        <source>(made when you save)</source>
        <translation>(được tạo khi bạn lưu)</translation>
    </message>
    <message>
        <source>Source ({language}):</source>
        <translation>Nguồn ({language}):</translation>
    </message>
    <message>
        <source>&amp;Translation ({language}):</source>
        <translation>&amp;Bản dịch ({language}):</translation>
    </message>
    <message>
        <source>{done} of {total} translated · {missing} missing · {stale} stale · {extra} not in the deck</source>
        <translation>Đã dịch {done}/{total} · thiếu {missing} · lỗi thời {stale} · không có trong bộ tình huống {extra}</translation>
    </message>
    <message>
        <source>The translation was not saved</source>
        <translation>Chưa lưu được bản dịch</translation>
    </message>
    <message>
        <source>Saved the translation to {path}</source>
        <translation>Đã lưu bản dịch vào {path}</translation>
    </message>
    <message>
        <source>Unsaved translation</source>
        <translation>Bản dịch chưa lưu</translation>
    </message>
    <message>
        <source>Save the changes to the translation {file} before closing?</source>
        <translation>Lưu các thay đổi của bản dịch {file} trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>the deck could not be checked: {problem}</source>
        <translation>không kiểm tra được bộ tình huống: {problem}</translation>
    </message>
</context>
</TS>
