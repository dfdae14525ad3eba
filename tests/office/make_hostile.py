#!/usr/bin/python3
"""Writes hostile and broken workbooks (and one good risk register) into OUT_DIR, for the CLI test of
`insyn import` and as the fuzz seed corpus. Usage: make_hostile.py OUT_DIR [--small]
(--small: a zip bomb that expands to 2 MB instead of 80 MB, for the fuzz corpus)."""
import os
import sys
import zipfile

out = sys.argv[1]
small = "--small" in sys.argv
os.makedirs(out, exist_ok=True)
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEADER = ["Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens"]


def book(name, sheet_xml, strings=None, sst_xml=None):
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook {NS}><sheets>'
                   '<sheet name="Risker" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
        if sst_xml is None and strings is not None:
            sst_xml = f'<?xml version="1.0"?><sst {NS}>' + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>"
        if sst_xml is not None:
            z.writestr("xl/sharedStrings.xml", sst_xml)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)


def sheet(rows):
    return f'<?xml version="1.0"?><worksheet {NS}><sheetData>' + "".join(rows) + "</sheetData></worksheet>"


def header_row():
    return '<row r="1">' + "".join(f'<c r="{"ABCD"[i]}1" t="s"><v>{i}</v></c>' for i in range(4)) + "</row>"


good_row = '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>4</v></c><c r="C2"><v>3</v></c><c r="D2"><v>4</v></c></row>'
strings = HEADER + ["Händelsen"]
book("good.xlsx", sheet([header_row(), good_row]), strings)
book("formula.xlsx", sheet([header_row(), good_row.replace('<c r="C2"><v>3</v></c>',
                                                         '<c r="C2"><f>1+2</f><v>3</v></c>')]), strings)
book("shared-string.xlsx", sheet([header_row(), good_row.replace("<v>4</v></c><c r=\"C2\"", "<v>99</v></c><c r=\"C2\"")]),
     strings)
book("wide.xlsx", sheet([header_row(), '<row r="2">' + "".join(f"<c><v>{i}</v></c>" for i in range(10000)) + "</row>"]),
     strings)
laughs = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
          f'<sst {NS}><si><t>&d;</t></si></sst>')
book("entities.xlsx", sheet([header_row(), good_row]), sst_xml=laughs)
padding = " " * ((2 if small else 80) << 20)
book("bomb.xlsx", sheet([header_row(), good_row, padding]), strings)
book("bad-score.xlsx", sheet([header_row(), good_row.replace('<c r="C2"><v>3</v></c>', '<c r="C2"><v>7</v></c>')]),
     strings)
with open(os.path.join(out, "not-a-workbook.xlsx"), "wb") as f:
    f.write(b"PK\x03\x04 this is not a zip file")
