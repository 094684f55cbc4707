<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Dutch for texts of Qt's own dialogs that Qt's qtbase_nl does not translate (yet): the file dialog
     and the print dialog. Loaded after qtbase_nl in Dutch mode (gui/app.py); compiled by
     `make translations`. tests/gui/test_qt_dialogs_language.py finds any English left. -->
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Long side binding</source>
        <translation>Binden aan de lange kant</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Binden aan de korte kant</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Pagina&amp;selectie:</translation>
    </message>
</context>
</TS>
