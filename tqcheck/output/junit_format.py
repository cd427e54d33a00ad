"""JUnit XML, which most CI services show as test results: one test suite per file, one failing
test case per finding (ruff's layout); a run without findings is one passing test case."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .. import __version__


def render(report, color: bool = False) -> str:
    suites = ET.Element("testsuites", name="tqcheck", tests=str(max(1, len(report.findings))),
                        failures=str(len(report.findings)), errors=str(len(report.errors)))
    by_path: dict[str, list] = {}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    for path, findings in by_path.items():
        suite = ET.SubElement(suites, "testsuite", name=path, tests=str(len(findings)),
                              failures=str(len(findings)), errors="0", skipped="0")
        for f in findings:
            case = ET.SubElement(suite, "testcase", name=f"{f.code} at {f.line}:{f.column}",
                                 classname=path, file=path, line=str(f.line))
            failure = ET.SubElement(case, "failure", message=f.message, type=f.code)
            failure.text = f"{path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}\n{f.span}"
    if report.errors:
        suite = ET.SubElement(suites, "testsuite", name="tqcheck: input errors", tests=str(len(report.errors)),
                              failures="0", errors=str(len(report.errors)), skipped="0")
        for error in report.errors:
            case = ET.SubElement(suite, "testcase", name=error.split(": error: ", 1)[0], classname="tqcheck")
            ET.SubElement(case, "error", message=error)
    if not by_path and not report.errors:
        suite = ET.SubElement(suites, "testsuite", name="tqcheck", tests="1", failures="0", errors="0", skipped="0")
        ET.SubElement(suite, "testcase", name=f"no findings in {report.files} files", classname="tqcheck")
    suites.set("tests", str(sum(int(s.get("tests")) for s in suites)))
    ET.indent(suites)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- tqcheck {__version__} -->\n' + ET.tostring(
        suites, encoding="unicode") + "\n"
