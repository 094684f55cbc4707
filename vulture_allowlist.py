"""Names vulture (`make lint`) reports as unused that are used: by a framework that calls them by
name, by a reader of the file, or as a reference that keeps an object alive. Each with its reason;
a name that is dead goes, it does not come here. Syntax: vulture's whitelist (names and `_.attr`)."""

# ruff: noqa

_ = object()

# Qt calls these overrides by name (virtual functions of QWidget, QStyledItemDelegate, QUndoCommand).
_.paintEvent
_.dragEnterEvent
_.setEditorData
_.setModelData
_.updateEditorGeometry
_.mergeWith
_.mouseDoubleClickEvent
_.mouseMoveEvent
_.mouseReleaseEvent
# Python calls a module's __getattr__ for a name it does not hold (ambitieweb/charts/__init__.py: the
# names load their modules when first used).
__getattr__
# matplotlib's RendererBase API, called by Figure.draw on reports/canvas_renderer.py's renderer.
_.flipy
_.get_canvas_width_height
_.points_to_pixels
_.option_image_nocomposite
_.option_scale_image
_.new_gc
_.draw_path
_.draw_image
# reportlab reads these: Flowable.hAlign, DocTemplate.afterFlowable, onPage(canvas, doc).
_.hAlign
_.afterFlowable
doc
# SQLAlchemy reads these on a TypeDecorator and on a DBAPI connection.
impl
cache_ok
_.process_bind_param
_.process_result_value
_.isolation_level
# pydantic: the file formats' header fields are written to every file and read by other programs.
format_version
session_format_version
app_version
exported_at
# Enum members and column numbers: values of the file format and the database, and named columns.
EFFORT
DONE
DROPPED
IMPACT
# build_app.spec reads it (the macOS bundle identifier).
APP_ID
# References that keep a helper object (an event filter) alive as long as its widget.
_.search_keys
_.date_keys
# imported so that the crash worker loads it before the timing starts (migrations import it late).
alembic
# A pytest fixture asked for by parameter, after the fixtures it must follow (tests/gui/test_contrast.py).
accessible
# python-docx: properties set on its objects (the section's page, a table's layout), read when saved.
_.page_height
_.alignment
_.autofit
