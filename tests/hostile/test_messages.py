"""Odd and hostile messages and pages, through the real bot and the strict Telegram stand-in.

The stand-in parses every HTML message as Telegram does and refuses bad markup or texts over
4,096 characters, so a summary that shows `</b>` literally has been escaped correctly: had it
not been, Telegram would have refused the message and the user would have seen nothing.
"""

from __future__ import annotations

import time

from bot.errors import APOLOGY, EncodedText, NotAnArticle, ProgramCode, TextTooShort
from tests.e2e import articles
from tests.support.pages import slow
from tests.e2e.conftest import World
from tests.hostile.conftest import exchange, still_answers

TELEGRAM_MAX = 4096
NOT_SAID = "The article doesn't seem to say"
NASTY_TITLE = "Fish & Chips <b>fried</b> *stars* _under_ [link](http://x.test) </b> <3"
NASTY_SENTENCE = ("The sign on the stall says a < b && c > d </b></i> <script>alert(1)</script> "
                  "and *nobody* reads _it_ or [this](http://x.test) at all.")


def pasted_article(size: int) -> str:
    """The pasted-text article repeated and cut to exactly `size` characters."""
    text = articles.PASTED
    while len(text) < size:
        text += "\n\n" + articles.PASTED
    return text[:size]


def test_a_text_of_telegrams_full_length_is_summarized(world: World) -> None:
    text = pasted_article(TELEGRAM_MAX)
    answer = exchange(world, 9001, text, "TL;DR", case="a pasted text of 4,096 characters")
    assert "night ferry" in answer.text.lower()


def test_a_question_of_telegrams_full_length_is_answered(world: World) -> None:
    chat = 9002
    exchange(world, chat, world.pages.url("/garden"), "TL;DR")
    question = ("/ask" + " How much does a plot cost?" * 200)[:TELEGRAM_MAX]
    answer = exchange(world, chat, question, "25 euros", NOT_SAID, case="a 4,096-character question")
    assert APOLOGY not in answer.text


def test_one_endless_word_is_refused_clearly(world: World) -> None:
    answer = exchange(world, 9003, "a" * TELEGRAM_MAX, NotAnArticle.message, TextTooShort.message,
                      case="a 4,096-letter word")
    assert "TL;DR" not in answer.text


def test_emoji_only_messages(world: World) -> None:
    chat = 9004
    exchange(world, chat, "🦉🔥🎉👍🏽🇩🇪", "Send me a link to an article", case="emoji, no article yet")
    exchange(world, chat, world.pages.url("/garden"), "TL;DR")
    answer = exchange(world, chat, "🤔❓" * 100, "Ask me about the article in words", case="emoji question")
    assert APOLOGY not in answer.text
    exchange(world, chat, "👨‍👩‍👧‍👦" * 400, "TL;DR", NotAnArticle.message, TextTooShort.message,
             case="emoji wall")


def test_right_to_left_and_invisible_characters(world: World) -> None:
    chat = 9005
    hebrew = ("העירייה פתחה גינה על גג תחנת הכיבוי הישנה. התושבים יכולים לשכור חלקה קטנה. "
              "המחיר הוא עשרים וחמישה אירו לשנה. ") * 12
    answer = exchange(world, chat, hebrew, "TL;DR", NotAnArticle.message, case="right-to-left text")
    assert APOLOGY not in answer.text
    exchange(world, chat, world.pages.url("/garden"), "TL;DR")
    sneaky = "How\u200b much\u200d does\u2060 a\ufeff plot\u200c cost\u202e?\u202c"
    answer = exchange(world, chat, sneaky, "25 euros", NOT_SAID, case="zero-width characters")
    assert "25 euros" in answer.text, "invisible characters do not hide the words"
    spoofed = world.pages.url("/garden") + "\u202egpj.exe"
    answer = exchange(world, chat, spoofed, "TL;DR", "doesn't exist", case="right-to-left override in a link")
    assert APOLOGY not in answer.text


def test_markup_characters_in_titles_and_sentences_are_shown_literally(world: World) -> None:
    paragraphs = ["The market stall on the harbour sells fish and chips every Friday night from six, "
                  "and the queue now reaches the ferry terminal on summer evenings.",
                  NASTY_SENTENCE,
                  "The owner, Ada Brook, said the stall will stay open through the winter this year."]
    url = world.pages.add("/hostile/markup", articles.page(NASTY_TITLE, paragraphs, site="<Harbour & Co>"))
    chat = 9006
    summary = exchange(world, chat, url, "TL;DR", case="markup in title and text")
    assert NASTY_TITLE in summary.text
    assert NASTY_SENTENCE in summary.text
    assert not any(e.get("url") == "http://x.test" for e in summary.entities), "Markdown links stay text"
    answer = exchange(world, chat, "What does the sign say about script?", "script", NOT_SAID)
    assert "<script>alert(1)</script>" in answer.text


def test_fifty_links_read_the_first_three_and_say_so(world: World) -> None:
    chat = 9007
    for number in range(50):
        world.pages.add(f"/hostile/many/{number}", articles.GARDEN)
    links = " ".join(world.pages.url(f"/hostile/many/{number}") for number in range(50))
    exchange(world, chat, links, "first 3 links", case="50 links in one message")
    world.telegram.wait_for(
        lambda: sum("TL;DR" in m.text for m in world.telegram.bot_messages(chat)) == 3,
        timeout=30, what="three summaries")
    time.sleep(1)
    fetched = {r.path for r in world.pages.requests if r.path.startswith("/hostile/many/")}
    assert fetched == {"/hostile/many/0", "/hostile/many/1", "/hostile/many/2"}
    assert sum("TL;DR" in m.text for m in world.telegram.bot_messages(chat)) == 3
    still_answers(world, chat)


def test_the_same_link_from_thirty_chats_is_fetched_once(world: World) -> None:
    url = world.pages.route("/hostile/popular", slow(1.0, articles.GARDEN))
    chats = range(9100, 9130)
    asked = {chat: world.telegram.push_text(chat, url) for chat in chats}
    moment = time.monotonic()
    for chat in chats:
        world.telegram.wait_for_bot_message(chat, after=asked[chat], contains="TL;DR", timeout=40)
    assert time.monotonic() - moment < 40
    assert len([r for r in world.pages.requests if r.path == "/hostile/popular"]) == 1
    still_answers(world, chats[0])


def test_what_telegram_marks_in_a_question_is_not_taken_for_a_link_to_read(world: World) -> None:
    """A text link to a person or a mail address is formatting, and a site named in a sentence is
    a word: the question is answered, no site is fetched. A site name sent alone is still a link."""
    chat = 9010
    exchange(world, chat, world.pages.url("/garden"), "TL;DR", case="the garden before marked questions")
    fetched = len(world.pages.requests)
    person = [{"type": "text_link", "offset": 7, "length": 10, "url": "tg://user?id=5"}]
    answer = exchange(world, chat, "who is Lena Ortiz?", "Lena Ortiz", APOLOGY, "link", entities=person,
                      case="a question with a link to a person")
    assert "architect" in answer.text
    mail = [{"type": "text_link", "offset": 0, "length": 3, "url": "mailto:garden@example.org"}]
    answer = exchange(world, chat, "who designed the garden?", "Lena Ortiz", APOLOGY, "link", entities=mail,
                      case="a question with a mail link")
    assert "architect" in answer.text
    site = [{"type": "url", "offset": 35, "length": 11}]
    answer = exchange(world, chat, "how much did the garden cost, says example.com?", "paragraph", APOLOGY, "site",
                      entities=site, case="a question naming a site")
    assert "2.4 million euros" in answer.text
    assert len(world.pages.requests) == fetched, "nothing was fetched for a question"
    alone = [{"type": "url", "offset": 0, "length": 15}]
    exchange(world, chat, "example.invalid", "couldn't reach", "TL;DR", NOT_SAID, APOLOGY, entities=alone,
             case="a site name sent alone")
    still_answers(world, chat)


def test_a_pages_source_pasted_into_the_chat_is_read_as_the_page(world: World) -> None:
    """Someone copies "view source" into the chat: the summary is the story's, not its tags."""
    chat = 9011
    source = articles.GARDEN[:TELEGRAM_MAX]
    answer = exchange(world, chat, source, "TL;DR", NotAnArticle.message, APOLOGY, case="a page's source pasted")
    assert answer.text.startswith(articles.GARDEN_TITLE)
    assert "<meta" not in answer.text and "&lt;" not in answer.text
    still_answers(world, chat)


def test_an_article_pasted_with_its_unreadable_link_is_summarized_from_the_paste(world: World) -> None:
    """People paste the story they could read together with its link: when the link cannot be read
    (a dead link here; a paywall or a robot check alike) the pasted story is summarized; when it
    can, the link's article is."""
    chat = 9012
    dead = articles.PASTED + "\n\nRead it at " + world.pages.url("/gone")
    answer = exchange(world, chat, dead, "TL;DR", "doesn't exist", APOLOGY, case="a paste with a dead link")
    assert answer.text.startswith("Harbour council approves night ferry service"), answer.text
    answered = exchange(world, chat, "When will the first night crossing run?", "paragraph", NOT_SAID, APOLOGY,
                        case="a question about the paste")
    assert "night" in answered.text
    alive = articles.PASTED + "\n\nRead it at " + world.pages.url("/garden")
    answer = exchange(world, chat, alive, "TL;DR", APOLOGY, case="a paste with a live link")
    assert answer.text.startswith(articles.GARDEN_TITLE)
    still_answers(world, chat)


PYTHON = '''import os
import sys


def sizes(folder):
    """The size of each file in a folder, largest first."""
    found = []
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            found.append((os.path.getsize(path), name))
    return sorted(found, reverse=True)

def main(argv):
    """Print the size of each file named."""
    total = 0
    for name in argv[1:]:
        size = os.path.getsize(name)
        total += size
        print(name, size)
    return total

if __name__ == "__main__":
    sys.exit(main(sys.argv))'''
STACK_TRACE = '''TypeError: Cannot read properties of undefined (reading 'map')
    at renderList (/app/src/components/List.js:14:23)
    at processChild (/app/node_modules/react-dom/server.js:3043:14)
    at resolve (/app/node_modules/react-dom/server.js:2960:5)
    at ReactDOMServerRenderer.render (/app/node_modules/react-dom/server.js:3435:22)
    at Object.renderToString (/app/node_modules/react-dom/server.js:3983:27)
    at renderPage (/app/src/server/render.js:41:18)
    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)
    at next (/app/node_modules/express/lib/router/route.js:144:13)
    at Route.dispatch (/app/node_modules/express/lib/router/route.js:114:3)
    at Function.process_params (/app/node_modules/express/lib/router/index.js:346:12)'''
BLOB = "".join(chr(65 + (n * 7919) % 26 + (n % 3 == 0) * 32) + str(n % 10) for n in range(1200))


def test_code_an_error_log_and_encoded_data_are_told_what_they_are(world: World) -> None:
    """Pasted code or a stack trace, however short (the Python here is under the 600 characters a
    pasted article needs), is neither summarized as an article nor taken for a question, and base64
    is not 'too short': each is told what it looks like; a story quoting some code is a story."""
    chat = 9013
    for text, case in ((PYTHON, "pasted Python"), (STACK_TRACE, "a JavaScript stack trace")):
        answer = exchange(world, chat, text, ProgramCode.message, "TL;DR", TextTooShort.message, APOLOGY, case=case)
        assert answer.text == ProgramCode.message, f"{case}: {answer.text[:200]}"
    answer = exchange(world, chat, "\n".join(BLOB[i:i + 76] for i in range(0, len(BLOB), 76)), EncodedText.message,
                      "TL;DR", TextTooShort.message, APOLOGY, case="pasted base64")
    assert answer.text == EncodedText.message
    story = articles.PASTED + "\n\nThe timetable script the council published reads:\n\n" + PYTHON.split("\n\n")[0]
    exchange(world, chat, story, "TL;DR", case="a story quoting code")
    still_answers(world, chat)


def test_a_sentence_printed_twice_is_shown_once(world: World) -> None:
    """A page repeating a sentence word for word (a pull quote printed in the body again) shows it
    once in an answer and among the key quotes."""
    said = "“The roof will feed the whole street by next summer,” said Ada Brook, who runs the garden."
    paragraphs = ["The city opened a vegetable garden on the roof of the old bus depot on Saturday, "
                  "with forty raised beds for people living nearby.",
                  said,
                  "Each bed costs 25 euros a year to rent, and the city pays for the water.",
                  "Neighbours queued for an hour on the opening day to sign up for a bed.",
                  said,
                  "The depot closed in 2019 when the buses moved to a new garage outside town."]
    url = world.pages.add("/hostile/twice", articles.page("Roof garden opens on the old bus depot", paragraphs))
    chat = 9014
    summary = exchange(world, chat, url, "TL;DR", case="a page printing a sentence twice")
    assert summary.text.count("feed the whole street") == 1, summary.text
    answer = exchange(world, chat, "What did Ada Brook say?", "paragraph", NOT_SAID, APOLOGY,
                      case="a question answered by a sentence printed twice")
    assert answer.text.count("feed the whole street") == 1, answer.text


def test_a_site_the_article_never_writes_is_declined(world: World) -> None:
    """"Does it mention example.com?" on a page saying "for example" is not answered with that
    sentence; "does it mention Kerr?" about a page naming him is answered, not declined for the
    word "mention" that no sentence holds."""
    paragraphs = ["The library will lend tools from next month, for example drills, ladders and sewing machines, "
                  "to anyone with a library card.",
                  "A drill can be borrowed for a week at a time, and the library charges nothing for the loan.",
                  "The tools were given by a hardware shop that closed in the spring, said librarian Tom Kerr."]
    url = world.pages.add("/hostile/sites", articles.page("Library starts lending tools", paragraphs))
    chat = 9015
    exchange(world, chat, url, "TL;DR", case="a page saying 'for example'")
    answer = exchange(world, chat, "does it mention example.com at all?", "paragraph", NOT_SAID, APOLOGY,
                      case="a site the page never writes")
    assert answer.text.startswith(NOT_SAID), answer.text
    answer = exchange(world, chat, "how long can I borrow a drill, according to example.com?", "paragraph", NOT_SAID,
                      APOLOGY, case="a site named beside the question")
    assert "a week" in answer.text and not answer.text.startswith(NOT_SAID), answer.text
    answer = exchange(world, chat, "does it mention Kerr?", "paragraph", NOT_SAID, APOLOGY, case="a name it writes")
    assert "librarian Tom Kerr" in answer.text and not answer.text.startswith(NOT_SAID), answer.text


def test_a_table_pasted_with_an_article_stays_a_table(world: World) -> None:
    """A state-by-state table copied from a browser (cells separated by tabs, a notes column of
    short sentences) is no part of the summary, and a question about a state is answered from its row."""
    notes = {"Alabama": "Rate fell for the third month in a row.", "Alaska": "Fishing season ended early this year.",
             "Arizona": "Chip plants kept hiring all summer.", "Colorado": "Ski resorts began seasonal hiring.",
             "Delaware": "Banks added jobs in Wilmington.", "Georgia": "Film studios in Atlanta resumed work."}
    rows = "\n".join(f"{state}\t{3 + n * 0.2:.1f}%\t{note}" for n, (state, note) in enumerate(notes.items()))
    text = "\n\n".join([
        "Unemployment fell in most states last month, according to figures released on Friday by the Labor "
        "Department, which said the national rate held at 3.7 percent.",
        "Economists said the figures showed a labor market that was cooling slowly rather than collapsing, and "
        "that the central bank was likely to hold interest rates steady at its next meeting.",
        "The table below shows each state's unemployment rate in October, with a note on what moved it.",
        "State\tUnemployment\tNote\n" + rows,
        "The department will publish its November figures on December 20, and economists expect the national "
        "rate to stay below 4 percent through the winter.",
        "Alaska had the highest rate among the states shown, reflecting the seasonal end of the fishing and "
        "tourism industries there.",
    ])
    chat = 9015
    summary = exchange(world, chat, text, "TL;DR", NotAnArticle.message, APOLOGY, case="a pasted table")
    assert not any(note in summary.text for note in notes.values()), summary.text
    answer = exchange(world, chat, "What happened in Delaware?", "paragraph", NOT_SAID, APOLOGY,
                      case="a question about a pasted table's row")
    assert "Banks added jobs in Wilmington" in answer.text and "3.8%" in answer.text, answer.text


def test_a_message_edited_into_a_link_is_read_and_a_start_payload_gets_the_welcome(world: World) -> None:
    """A person who sends words and then edits the message into a link gets the summary, as if they
    had sent the link; /start with a deep link's payload (t.me/bot?start=…) gets the welcome."""
    chat = 9016
    hello = world.telegram.push_text(chat, "here is the story")
    world.telegram.wait_for(lambda: len(world.telegram.bot_messages(chat)) >= 1, 10, "a reply to the first words")
    world.telegram.edit_text(chat, hello, world.pages.url("/garden"))
    world.telegram.wait_for(lambda: any("TL;DR" in m.text for m in world.telegram.bot_messages(chat)), 20,
                            "the summary of the link the message was edited into")
    answer = exchange(world, chat, "/start aHR0cHM6Ly9leGFtcGxlLmNvbS9zdG9yeQ", "Send me a link to an article", APOLOGY,
                      case="/start with a deep-link payload")
    assert answer.text.startswith("Hi! Send me a link to an article")


def test_a_link_edited_in_a_subscribed_group_is_summarized_once(world: World) -> None:
    """In a group where every link is summarized, the poster fixing a typo around their link gets no
    second summary; a question edited in a private chat is answered again, as newly asked."""
    chat, admin, member = -1009017, 601, 602
    world.telegram.push_text(chat, "hello all", user_id=member, chat_type="supergroup", title="Readers")
    world.telegram.set_admins(chat, [admin])
    asked = world.telegram.push_text(chat, "/subscribe", user_id=admin, chat_type="supergroup")
    world.telegram.wait_for_bot_message(chat, after=asked, contains="summarize the links")
    posted = world.telegram.push_text(chat, f"look at thsi {world.pages.url('/garden')}", user_id=member,
                                      chat_type="supergroup")
    world.telegram.wait_for_bot_message(chat, after=posted, contains="TL;DR", timeout=20)
    world.telegram.edit_text(chat, posted, f"look at this {world.pages.url('/garden')}")
    check = world.telegram.push_text(chat, "/help", user_id=member, chat_type="supergroup")
    world.telegram.wait_for_bot_message(chat, after=check, contains="How to use me")
    assert sum(articles.GARDEN_TITLE in m.text for m in world.telegram.bot_messages(chat)) == 1, world.telegram.dump()

    private = 9017
    exchange(world, private, world.pages.url("/garden"), "TL;DR", case="the garden")
    question = world.telegram.push_text(private, "When did it open?")
    world.telegram.wait_for_bot_message(private, after=question)
    assert not any("25 euros" in m.text for m in world.telegram.bot_messages(private))
    world.telegram.edit_text(private, question, "How much does a plot cost?")
    world.telegram.wait_for(lambda: sum("25 euros" in m.text for m in world.telegram.bot_messages(private)) >= 1, 20,
                            "the edited question answered")
