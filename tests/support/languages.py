"""A deck played in Vietnamese and in Russian, for the language tests and the screenshots.

``tests/data/decks/languages.yaml`` is the minimal deck with its own channels
and ladder, so every text it has is keyed for translation; :data:`TEXTS` holds
its translations as a class in Hanoi or Moscow would read them, and
:func:`play_in` plays one session in a language through the public API, with
what the facilitator types written in that language too.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from support.sessions import DATA, FakeClock
from tabletop.core.deck.translation import template
from tabletop.core.deck.yaml_reader import read_text
from tabletop.core.engine import Session, SessionSetup

LANGUAGES_DECK = DATA / "decks" / "languages.yaml"

TEXTS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Cáp ngầm bị cắt: bộ tình huống chơi bằng nhiều ngôn ngữ",
        "summary": "Một bộ tình huống nhỏ dùng để kiểm thử.",
        "objectives/obj-communicate/text": (
            "Các đội dùng một kênh liên lạc còn hoạt động để liên hệ với phía bên kia "
            "trong vòng một lượt sau sự cố."
        ),
        "teams/nato/name": "Hội đồng Bắc Đại Tây Dương",
        "teams/us/name": "Hội đồng An ninh Quốc gia Mỹ",
        "teams/russia/name": "Hội đồng An ninh Nga",
        "channels/hotline/name": "Đường dây nóng Washington–Moscow",
        "channels/hotline/kind": "đường dây lãnh đạo",
        "channels/mil-to-mil/name": "Kênh liên lạc quân sự song phương",
        "channels/mil-to-mil/kind": "đường dây quân sự",
        "channels/nato-russia-hotline/name": "Đường dây nóng quân sự NATO–Nga",
        "channels/nato-russia-hotline/kind": "đường dây quân sự",
        "channels/public/name": "Tuyên bố công khai",
        "channels/public/kind": "công khai",
        "channels/cable-commission/name": "Ủy ban chung sửa chữa cáp ngầm",
        "ladder/0/name": "Yên ổn",
        "ladder/0/description": "Không có gì xảy ra.",
        "ladder/1/name": "Va chạm ngoại giao",
        "ladder/1/description": "Hai bên lời qua tiếng lại.",
        "ladder/2/name": "Sức ép",
        "ladder/2/description": "Gây thiệt hại có thể chối bỏ.",
        "ladder/3/name": "Phô trương lực lượng",
        "ladder/3/description": "Lực lượng được điều động.",
        "ladder/3/threshold": "Quy trách nhiệm: một chính phủ nêu tên thủ phạm.",
        "ladder/4/name": "Cưỡng chế",
        "ladder/4/description": "Tàu bị khám xét.",
        "ladder/5/name": "Đụng độ",
        "ladder/5/description": "Đã có tiếng súng.",
        "ladder/5/threshold": "Phát súng đầu tiên: các quốc gia dùng vũ lực với nhau.",
        "injects/cable-cut/title": "Cáp dữ liệu bị cắt đứt ở Vịnh Phần Lan",
        "injects/cable-cut/phase": "Lượt 1",
        "injects/cable-cut/from": "Hải quân Phần Lan",
        "injects/cable-cut/narrative": (
            "Một tuyến cáp dữ liệu giữa Phần Lan và Estonia đã ngừng truyền tải."
        ),
        "injects/cable-cut/facilitator_notes": "Chú ý xem ai gọi cho ai trước. SECRET-NOTE-1",
        "injects/cable-cut/questions/1": "Các bạn gọi cho ai trước tiên?",
        "injects/cable-cut/expected_actions/1": (
            "Xác định thủ phạm trước khi thực hiện bất kỳ bước cưỡng chế nào"
        ),
        "injects/cable-cut/branches/1/label": "Đường dây nóng đã được sử dụng",
        "injects/tanker-seizure/title": "Một tàu chở dầu bị khám xét",
        "injects/tanker-seizure/narrative": (
            "Lực lượng bảo vệ bờ biển của một nước đồng minh khám xét một tàu chở dầu "
            "thuộc hạm đội bóng tối."
        ),
        "injects/tanker-seizure/facilitator_notes": "SECRET-NOTE-2",
        "injects/tanker-seizure/questions/1": "Bây giờ thì sao?",
        "injects/tanker-seizure/expected_actions/1": "Gọi điện",
        "injects/talks-offer/title": "Đề nghị đàm phán",
        "injects/talks-offer/narrative": "Một nước thứ ba đề nghị đứng ra tổ chức đàm phán.",
        "injects/talks-offer/questions/1": "Các bạn có chấp nhận không?",
        "injects/talks-offer/expected_actions/1": "Chấp nhận",
        "injects/stalled/title": "Một nhà báo gọi điện",
        "injects/stalled/narrative": (
            "Một nhà báo đề nghị bình luận về tin đồn một tuyến cáp ngầm bị cắt."
        ),
    },
    "ru": {
        "title": "Обрыв кабеля: сценарий, который играют на разных языках",
        "summary": "Небольшой сценарий для тестов.",
        "objectives/obj-communicate/text": (
            "Команды связываются с другой стороной по работающему каналу в течение одного "
            "хода после инцидента."
        ),
        "teams/nato/name": "Североатлантический совет",
        "teams/us/name": "Совет национальной безопасности США",
        "teams/russia/name": "Совет безопасности Российской Федерации",
        "channels/hotline/name": "Горячая линия Москва — Вашингтон",
        "channels/hotline/kind": "линия связи руководителей",
        "channels/mil-to-mil/name": "Каналы связи между военными",
        "channels/mil-to-mil/kind": "военная линия связи",
        "channels/nato-russia-hotline/name": "Военная горячая линия Россия–НАТО",
        "channels/nato-russia-hotline/kind": "военная линия связи",
        "channels/public/name": "Публичные заявления",
        "channels/public/kind": "публичный канал",
        "channels/cable-commission/name": "Совместная комиссия по ремонту кабеля",
        "ladder/0/name": "Спокойствие",
        "ladder/0/description": "Ничего не происходит.",
        "ladder/1/name": "Трения",
        "ladder/1/description": "Стороны обмениваются заявлениями.",
        "ladder/2/name": "Давление",
        "ladder/2/description": "Скрытый ущерб без признания авторства.",
        "ladder/3/name": "Демонстрация силы",
        "ladder/3/description": "Войска приходят в движение.",
        "ladder/3/threshold": "Атрибуция: правительство называет виновного.",
        "ladder/4/name": "Силовое принуждение",
        "ladder/4/description": "Суда досматривают.",
        "ladder/5/name": "Столкновение",
        "ladder/5/description": "Звучат выстрелы.",
        "ladder/5/threshold": "Первые выстрелы: государства применяют силу друг против друга.",
        "injects/cable-cut/title": "Обрыв кабеля передачи данных в Финском заливе",
        "injects/cable-cut/phase": "Ход 1",
        "injects/cable-cut/from": "ВМС Финляндии",
        "injects/cable-cut/narrative": (
            "Кабель передачи данных между Финляндией и Эстонией перестал передавать трафик."
        ),
        "injects/cable-cut/facilitator_notes": "Следите, кто кому звонит первым. SECRET-NOTE-1",
        "injects/cable-cut/questions/1": "Кому вы звоните первым?",
        "injects/cable-cut/expected_actions/1": (
            "Установить ответственность до любых шагов силового принуждения"
        ),
        "injects/cable-cut/branches/1/label": "Горячая линия задействована",
        "injects/tanker-seizure/title": "Досмотр танкера",
        "injects/tanker-seizure/narrative": (
            "Береговая охрана союзной страны досматривает танкер «теневого флота»."
        ),
        "injects/tanker-seizure/facilitator_notes": "SECRET-NOTE-2",
        "injects/tanker-seizure/questions/1": "Что теперь?",
        "injects/tanker-seizure/expected_actions/1": "Позвонить",
        "injects/talks-offer/title": "Предложение переговоров",
        "injects/talks-offer/narrative": "Третья страна предлагает провести у себя переговоры.",
        "injects/talks-offer/questions/1": "Вы согласны?",
        "injects/talks-offer/expected_actions/1": "Согласиться",
        "injects/stalled/title": "Звонок журналиста",
        "injects/stalled/narrative": ("Журналист просит прокомментировать слухи об обрыве кабеля."),
    },
}

# what the facilitator types during play, in the class's language
TYPED: dict[str, dict[str, str]] = {
    "vi": {
        "name": "Lớp chiến lược, nhóm A",
        "facilitator": "TS. Nguyễn Thị Minh Khai",
        "convene": "Triệu tập Hội đồng; đề nghị Phần Lan và Estonia đánh giá thiệt hại.",
        "call": "Chúng tôi chưa thấy bằng chứng nào; chúng tôi không đổ lỗi cho ai.",
        "warn": "Cảnh báo không được khám xét thêm tàu nào nữa.",
        "deny": "Bác bỏ mọi liên quan; cáo buộc phương Tây khiêu khích.",
        "board": "Khám xét tàu chở dầu theo thẩm quyền của quốc gia ven biển.",
        "skip": "Không còn thời gian trên lớp.",
        "withdraw": "Ghi nhầm đội.",
        "strength": "Phía Mỹ dùng đường dây nóng chỉ vài phút sau sự cố.",
        "weakness": "NATO đã thử một ủy ban đang đóng trước khi dùng kênh còn hoạt động.",
        "verdict": "Cơ sở pháp lý chưa bao giờ được giải thích công khai.",
        "adjudicate": "việc khám xét được giải thích công khai",
        "hotwash": "Kênh duy nhất mà NATO nghĩ đến đầu tiên lại đang đóng.",
        "issue": "Các đội không biết kênh nào đang mở.",
        "action": "Phát cho mỗi đội bảng kênh liên lạc trước khi bắt đầu.",
        "owner": "Tổ giảng viên",
        "rating": "Liên lạc nhanh nhưng chưa có hệ thống.",
        "capability": "Liên lạc tác chiến",
        "message": "Tin nhắn số {n} qua đường dây nóng.",
    },
    "ru": {
        "name": "Стратегический семинар, группа А",
        "facilitator": "Алексей Смирнов",
        "convene": "Созвать Совет; запросить у Финляндии и Эстонии оценку ущерба.",
        "call": "Мы пока не видим доказательств и никого не обвиняем.",
        "warn": "Предупредить о недопустимости новых досмотров.",
        "deny": "Отрицать причастность; обвинить Запад в провокации.",
        "board": "Досмотреть танкер под юрисдикцией прибрежного государства.",
        "skip": "На занятии не осталось времени.",
        "withdraw": "Ошибочно записано не той команде.",
        "strength": "США воспользовались горячей линией через несколько минут после инцидента.",
        "weakness": "НАТО обратилось к закрытой комиссии раньше, чем к работающему каналу.",
        "verdict": "Правовое основание так и не было объяснено публично.",
        "adjudicate": "досмотр был публично объяснён",
        "hotwash": "Единственный канал, о котором НАТО подумало первым, был закрыт.",
        "issue": "Команды не знали, какие каналы открыты.",
        "action": "Раздавать каждой команде табло каналов перед началом игры.",
        "owner": "Кафедра",
        "rating": "Связь быстрая, но бессистемная.",
        "capability": "Оперативная связь",
        "message": "Сообщение № {n} по горячей линии.",
    },
}


def translation_text(language: str) -> str:
    """The companion translation of the languages deck (what ``deck.vi.yaml`` would hold)."""
    data = read_text(LANGUAGES_DECK.read_text(encoding="utf-8")).data
    body = yaml.safe_load(template(data, "test-languages", language))
    texts = TEXTS[language]
    for key, entry in body["strings"].items():
        entry["text"] = texts[key]
    return yaml.safe_dump(body, allow_unicode=True, sort_keys=False)


def play_in(language: str, path: Path, *, hotline_messages: int = 1, end: bool = True) -> Path:
    """Play the languages deck through a whole session in ``language``: decisions, messages
    that get through and one that does not, a skip, a withdrawal, observations, an
    adjudication, verdicts, a rating, the hot wash and an improvement action."""
    typed = TYPED[language]
    clock = FakeClock()
    session = Session.start(
        LANGUAGES_DECK.read_text(encoding="utf-8"),
        setup=SessionSetup(
            name=typed["name"],
            facilitator=typed["facilitator"],
            date="2026-11-22",
            language=language,
            teams=[
                {"id": "nato", "participants": ["Nguyễn Văn An", "Trần Thị Bình"]},
                {"id": "russia", "participants": ["Алексей Смирнов"]},
                {"id": "us"},
            ],
            overview={"evaluators": [typed["facilitator"]]},
        ),
        path=path,
        deck_source=str(LANGUAGES_DECK),
        clock=clock,
        translation_text=translation_text(language),
    )
    with session:
        clock.advance(5)
        session.deliver_next()  # the cable is cut
        clock.advance(4)
        session.record_decision("nato", typed["convene"], tags=["attribution"])
        wrong = session.record_decision("us", typed["withdraw"])
        session.withdraw_decision(wrong.event.data["decision"], typed["withdraw"])
        for n in range(1, hotline_messages + 1):
            clock.advance(1)
            session.send_message("us", "hotline", typed["message"].format(n=n))
        clock.advance(2)
        session.send_message("nato", "cable-commission", typed["call"], recipients=["russia"])
        session.record_decision("russia", typed["deny"], kind="statement", channel="public")
        session.note_observation(
            "strength",
            typed["strength"],
            rating="P",
            objective="obj-communicate",
            inject="cable-cut",
        )
        session.note_observation(
            "improvement",
            typed["weakness"],
            rating="S",
            objective="obj-communicate",
            inject="cable-cut",
        )
        clock.advance(6)
        session.skip(typed["skip"])
        clock.advance(3)
        session.deliver("tanker-seizure")
        session.record_decision("nato", typed["board"], escalation=1)
        session.send_message("russia", "mil-to-mil", typed["warn"], recipients=["nato"])
        session.adjudicate(3, typed["adjudicate"])
        session.assess_expectation("tanker-seizure", 0, "not_met", note=typed["verdict"])
        session.assess_expectation("cable-cut", 0, "partly")
        session.rate_objective("obj-communicate", "S", note=typed["rating"])
        clock.advance(10)
        if end:
            session.end()
            session.note_hotwash("why", typed["hotwash"])
            session.add_action(
                issue=typed["issue"],
                corrective_action=typed["action"],
                capability=typed["capability"],
                owner=typed["owner"],
                start="2027-01-10",
                due="2027-02-15",
                element="Training",
                area="O2",
            )
    return path
