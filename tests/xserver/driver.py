"""The program in a child process on a real X server, for tests that press real keys (xdotool).

Run as ``python -m tests.xserver.driver DATABASE_URL SETTINGS LANGUAGE SCENARIO``. It opens the main
window with the example sessions, goes to the scenario's starting point, prints ``{"ready": ...}`` and
then answers each line on stdin: ``state`` prints what a test checks (as JSON, after the keys sent so
far have been handled), ``quit`` ends it. Qt's warnings are collected and reported in the state.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QSettings, QSocketNotifier, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QTextEdit

WARNINGS: list[str] = []


def collect(kind: QtMsgType, _context: object, message: str) -> None:
    if kind != QtMsgType.QtDebugMsg:
        WARNINGS.append(message)


def main() -> int:
    database_url, settings_path, language, scenario = sys.argv[1:5]
    qInstallMessageHandler(collect)
    app = QApplication(sys.argv[:1])
    from ambitieweb.gui.app import install_translators
    from ambitieweb.gui.main_window import MainWindow
    from ambitieweb.gui.store_opener import open_store
    from ambitieweb.gui.widgets.accessible_look import use_accessible_look
    from ambitieweb.gui.widgets.tasks import Job

    install_translators(app, language)
    use_accessible_look(app)
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    window = MainWindow(language=language, settings=settings)
    window.resize(1280, 800)
    window.show()
    if not open_store(window, database_url, language):
        return 2
    if scenario == "evaluation":  # the action plan's step 7 over a followed contract
        from tests.gui.test_plan_realised import followed_plan

        window.plans.open_plan(followed_plan(window).id)
    elif scenario != "list":
        assert window.repository is not None
        [summary] = [s for s in window.repository.list_sessions() if "N123" in s.title]
        window.open_session(summary.id)  # in the background while the workspace's modules load
    window.activateWindow()

    def state() -> dict[str, Any]:
        focus = app.focusWidget()
        result: dict[str, Any] = {
            "focus": focus.objectName() if focus else None,
            "focus_class": type(focus).__name__ if focus else None,
            "focus_name": focus.accessibleName() if focus else None,
            "active": type(app.activeWindow()).__name__ if app.activeWindow() else None,
            "dialogs": [
                type(w).__name__ for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
            ],
            "warnings": list(WARNINGS),
            "presenting": window.presenter is not None,
            "page": page.objectName() if (page := window.ui.pages.currentWidget()) else None,
        }
        if window.controller is not None:
            session = window.controller.session
            result["themes"] = [
                {
                    "current": int(e.current),
                    "ambition": int(e.ambition),
                    "rationale": e.rationale,
                    "votes": {k: int(v) for k, v in e.votes.items()},
                    "minutes": e.minutes,
                }
                for e in session.themes
            ]
            result["participants"] = [p.id for p in session.participants]
            stack = window.controller.undo_stack
            result["undo"] = [stack.text(i) for i in range(stack.count())]
        if (plan := window.plans.controller) is not None:
            result["realised"] = [{str(y): v for y, v in g.realised.items()} for g in plan.plan.goals]
            result["plan_undo"] = [plan.undo_stack.text(i) for i in range(plan.undo_stack.count())]
        if window.workspace is not None:
            result["theme"] = window.workspace.current_theme
            result["editor_open"] = window.workspace.ui.themeTable.state().name
        if window.presenter is not None:
            presentation = window.presenter.presentation
            result["presentation"] = {
                "theme": presentation.theme,
                "participant": presentation.participant,
                "clock": presentation.clock.running,
                "revealed": sorted(presentation.revealed),
                "single_screen": window.presenter.single_screen,
            }
        if isinstance(focus, QPlainTextEdit | QTextEdit):
            result["focus_text"] = focus.toPlainText()
            result["cursor"] = focus.textCursor().position()
        return result

    def answer(line: str) -> None:
        command, *args = line.split()
        if command == "quit":
            app.quit()
        elif command == "edit":  # open the theme table's cell editor, as a double click does
            assert window.workspace is not None
            table = window.workspace.ui.themeTable
            index = table.model().index(int(args[0]), int(args[1]))
            table.setCurrentIndex(index)
            table.edit(index)
        elif command == "focus":  # put the keyboard in a widget, as a click would
            [widget] = [w for w in app.allWidgets() if w.objectName() == args[0] and w.isVisible()]
            widget.window().activateWindow()
            widget.setFocus()
        elif command == "where":  # where ring LEVEL of theme THEME is on the screen, once drawn
            QTimer.singleShot(100, lambda: when_drawn(lambda: print(json.dumps(where(*args)), flush=True)))
            return
        if command == "state":
            # Let the X events already sent arrive and be handled first, and what they started in
            # the background (opening a session from the list) end.
            QTimer.singleShot(250, lambda: when_settled(lambda: print(json.dumps(state()), flush=True)))
        elif command != "quit":
            QTimer.singleShot(100, lambda: print(json.dumps({"done": command}), flush=True))

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def read() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
        else:
            answer(line.strip())

    notifier.activated.connect(read)

    def where(theme: str, level: str) -> dict[str, Any]:
        assert window.workspace is not None
        radar = window.workspace.radar
        x, y = radar.plot().point(int(theme), float(level))  # device pixels, y up
        ratio = radar.canvas.device_pixel_ratio
        at = radar.canvas.mapToGlobal(QPoint(round(x / ratio), round(radar.canvas.height() - y / ratio)))
        return {"at": [at.x(), at.y()]}

    def when_drawn(then: Callable[[], None], tries: int = 200) -> None:
        radar = window.workspace.radar if window.workspace is not None else None
        if (radar is None or radar.full_draws == 0 or radar.draw_pending) and tries:
            QTimer.singleShot(50, lambda: when_drawn(then, tries - 1))
        else:
            then()

    def when_settled(then: Callable[[], None], tries: int = 200) -> None:
        """`then` once no work runs in the background (or after 10 s, to report what is seen)."""
        busy = any(job.running for top in app.topLevelWidgets() for job in top.findChildren(Job))
        if busy and tries:
            QTimer.singleShot(50, lambda: when_settled(then, tries - 1))
        else:
            then()

    def ready(tries: int = 100) -> None:  # once the window has the keyboard (no window manager here)
        if scenario == "evaluation":
            page, plan = window.plans.page, window.plans.controller
            if (page is None or plan is None or not plan.followed) and tries:
                QTimer.singleShot(100, lambda: ready(tries - 1))  # the contracts are being read
                return
            assert page is not None
            page.show_step(7)
            page.evaluation.realised_table.setFocus()
        elif scenario != "list" and window.workspace is None and tries:
            QTimer.singleShot(100, lambda: ready(tries - 1))  # the session is being opened
            return
        if scenario == "presenter" and window.presenter is None:
            window.start_presenting()
        if window.isActiveWindow() or window.presenter is not None or not tries:
            print(json.dumps({"ready": True}), flush=True)
        else:
            window.activateWindow()
            QTimer.singleShot(100, lambda: ready(tries - 1))

    QTimer.singleShot(300, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
