import XCTest

@testable import GongkaiContent
@testable import GongkaiCore
@testable import GongkaiEditor
@testable import GongkaiKit
@testable import GongkaiSite

/// The engine against the Mustache spec's required modules (github.com/mustache/spec v1.3:
/// comments, delimiters, interpolation, inverted, partials, sections), each case written here
/// from the spec's own: same data, template and expected output. Lambdas and inheritance are
/// optional modules and not supported.
final class MustacheSpecTests: XCTestCase {
    func run(_ module: String, _ cases: [MustacheCase], file: StaticString = #filePath, line: UInt = #line) throws {
        for test in cases {
            var library = TemplateLibrary()
            do {
                library.register(try Template(test.template), named: "spec-main")
                for (name, text) in test.partials { library.register(try Template(text), named: name) }
                let output = String(
                    decoding: try library.renderBytes(try SpecData.parse(test.data), template: "spec-main"),
                    as: UTF8.self)
                XCTAssertEqual(output, test.expected, "\(module): \(test.name)", file: file, line: line)
            } catch {
                XCTFail("\(module): \(test.name): \(error)", file: file, line: line)
            }
        }
    }

    func testComments() throws {
        try run(
            "comments",
            [
                MustacheCase(
                    name: "Inline", data: "{}", template: "12345{{! Comment Block! }}67890", expected: "1234567890"),
                MustacheCase(
                    name: "Multiline", data: "{}",
                    template: "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", expected: "1234567890\n"),
                MustacheCase(
                    name: "Standalone", data: "{}", template: "Begin.\n{{! Comment Block! }}\nEnd.\n",
                    expected: "Begin.\nEnd.\n"),
                MustacheCase(
                    name: "Indented Standalone", data: "{}",
                    template: "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
                MustacheCase(
                    name: "Standalone Line Endings", data: "{}", template: "|\r\n{{! Standalone Comment }}\r\n|",
                    expected: "|\r\n|"),
                MustacheCase(
                    name: "Standalone Without Previous Line", data: "{}", template: "  {{! I'm Still Standalone }}\n!",
                    expected: "!"),
                MustacheCase(
                    name: "Standalone Without Newline", data: "{}", template: "!\n  {{! I'm Still Standalone }}",
                    expected: "!\n"),
                MustacheCase(
                    name: "Multiline Standalone", data: "{}",
                    template: "Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
                MustacheCase(
                    name: "Indented Multiline Standalone", data: "{}",
                    template: "Begin.\n  {{!\n    Something's going on here...\n  }}\nEnd.\n",
                    expected: "Begin.\nEnd.\n"),
                MustacheCase(name: "Indented Inline", data: "{}", template: "  12 {{! 34 }}\n", expected: "  12 \n"),
                MustacheCase(
                    name: "Surrounding Whitespace", data: "{}", template: "12345 {{! Comment Block! }} 67890",
                    expected: "12345  67890"),
                MustacheCase(
                    name: "Variable Name Collision",
                    data: #"{"! comment": 1, "! comment ": 2, "!comment": 3, "comment": 4}"#,
                    template: "comments never show: >{{! comment }}<", expected: "comments never show: ><"),
            ])
    }

    func testDelimiters() throws {
        try run(
            "delimiters",
            [
                MustacheCase(
                    name: "Pair Behavior", data: #"{"text": "Hey!"}"#, template: "{{=<% %>=}}(<%text%>)",
                    expected: "(Hey!)"),
                MustacheCase(
                    name: "Special Characters", data: #"{"text": "It worked!"}"#, template: "({{=[ ]=}}[text])",
                    expected: "(It worked!)"),
                MustacheCase(
                    name: "Sections", data: #"{"section": true, "data": "I got interpolated."}"#,
                    template:
                        "[\n{{#section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|#section|\n  {{data}}\n  "
                        + "|data|\n|/section|\n]\n",
                    expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
                MustacheCase(
                    name: "Inverted Sections", data: #"{"section": false, "data": "I got interpolated."}"#,
                    template:
                        "[\n{{^section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|^section|\n  {{data}}\n  "
                        + "|data|\n|/section|\n]\n",
                    expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
                MustacheCase(
                    name: "Partial Inheritence", data: #"{"value": "yes"}"#,
                    template: "[ {{>include}} ]\n{{= | | =}}\n[ |>include| ]\n",
                    partials: ["include": ".{{value}}."], expected: "[ .yes. ]\n[ .yes. ]\n"),
                MustacheCase(
                    name: "Post-Partial Behavior", data: #"{"value": "yes"}"#,
                    template: "[ {{>include}} ]\n[ .{{value}}.  .|value|. ]\n",
                    partials: ["include": ".{{value}}. {{= | | =}} .|value|."],
                    expected: "[ .yes.  .yes. ]\n[ .yes.  .|value|. ]\n"),
                MustacheCase(name: "Surrounding Whitespace", data: "{}", template: "| {{=@ @=}} |", expected: "|  |"),
                MustacheCase(
                    name: "Outlying Whitespace (Inline)", data: "{}", template: " | {{=@ @=}}\n", expected: " | \n"),
                MustacheCase(
                    name: "Standalone Tag", data: "{}", template: "Begin.\n{{=@ @=}}\nEnd.\n",
                    expected: "Begin.\nEnd.\n"),
                MustacheCase(
                    name: "Indented Standalone Tag", data: "{}", template: "Begin.\n  {{=@ @=}}\nEnd.\n",
                    expected: "Begin.\nEnd.\n"),
                MustacheCase(
                    name: "Standalone Line Endings", data: "{}", template: "|\r\n{{= @ @ =}}\r\n|", expected: "|\r\n|"),
                MustacheCase(
                    name: "Standalone Without Previous Line", data: "{}", template: "  {{=@ @=}}\n=", expected: "="),
                MustacheCase(
                    name: "Standalone Without Newline", data: "{}", template: "=\n  {{=@ @=}}", expected: "=\n"),
                MustacheCase(name: "Pair with Padding", data: "{}", template: "|{{= @   @ =}}|", expected: "||"),
            ])
    }

    func testInterpolation() throws {
        let joe = #"{"person": {"name": "Joe"}}"#
        let phil = #"{"a": {"b": {"c": {"d": {"e": {"name": "Phil"}}}}}}"#
        try run(
            "interpolation",
            [
                MustacheCase(
                    name: "No Interpolation", data: "{}", template: "Hello from {Mustache}!\n",
                    expected: "Hello from {Mustache}!\n"),
                MustacheCase(
                    name: "Basic Interpolation", data: #"{"subject": "world"}"#, template: "Hello, {{subject}}!\n",
                    expected: "Hello, world!\n"),
                MustacheCase(
                    name: "No Re-interpolation", data: #"{"template": "{{planet}}", "planet": "Earth"}"#,
                    template: "{{template}}: {{planet}}", expected: "{{planet}}: Earth"),
                MustacheCase(
                    name: "HTML Escaping", data: #"{"forbidden": "& \" < >"}"#,
                    template: "These characters should be HTML escaped: {{forbidden}}\n",
                    expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
                MustacheCase(
                    name: "Triple Mustache", data: #"{"forbidden": "& \" < >"}"#,
                    template: "These characters should not be HTML escaped: {{{forbidden}}}\n",
                    expected: "These characters should not be HTML escaped: & \" < >\n"),
                MustacheCase(
                    name: "Ampersand", data: #"{"forbidden": "& \" < >"}"#,
                    template: "These characters should not be HTML escaped: {{&forbidden}}\n",
                    expected: "These characters should not be HTML escaped: & \" < >\n"),
                MustacheCase(
                    name: "Basic Integer Interpolation", data: #"{"mph": 85}"#, template: "\"{{mph}} miles an hour!\"",
                    expected: "\"85 miles an hour!\""),
                MustacheCase(
                    name: "Triple Mustache Integer Interpolation", data: #"{"mph": 85}"#,
                    template: "\"{{{mph}}} miles an hour!\"", expected: "\"85 miles an hour!\""),
                MustacheCase(
                    name: "Ampersand Integer Interpolation", data: #"{"mph": 85}"#,
                    template: "\"{{&mph}} miles an hour!\"", expected: "\"85 miles an hour!\""),
                MustacheCase(
                    name: "Basic Decimal Interpolation", data: #"{"power": 1.210}"#,
                    template: "\"{{power}} jiggawatts!\"", expected: "\"1.21 jiggawatts!\""),
                MustacheCase(
                    name: "Triple Mustache Decimal Interpolation", data: #"{"power": 1.210}"#,
                    template: "\"{{{power}}} jiggawatts!\"", expected: "\"1.21 jiggawatts!\""),
                MustacheCase(
                    name: "Ampersand Decimal Interpolation", data: #"{"power": 1.210}"#,
                    template: "\"{{&power}} jiggawatts!\"", expected: "\"1.21 jiggawatts!\""),
                MustacheCase(
                    name: "Basic Null Interpolation", data: #"{"cannot": null}"#, template: "I ({{cannot}}) be seen!",
                    expected: "I () be seen!"),
                MustacheCase(
                    name: "Triple Mustache Null Interpolation", data: #"{"cannot": null}"#,
                    template: "I ({{{cannot}}}) be seen!", expected: "I () be seen!"),
                MustacheCase(
                    name: "Ampersand Null Interpolation", data: #"{"cannot": null}"#,
                    template: "I ({{&cannot}}) be seen!", expected: "I () be seen!"),
                MustacheCase(
                    name: "Basic Context Miss Interpolation", data: "{}", template: "I ({{cannot}}) be seen!",
                    expected: "I () be seen!"),
                MustacheCase(
                    name: "Triple Mustache Context Miss Interpolation", data: "{}",
                    template: "I ({{{cannot}}}) be seen!", expected: "I () be seen!"),
                MustacheCase(
                    name: "Ampersand Context Miss Interpolation", data: "{}", template: "I ({{&cannot}}) be seen!",
                    expected: "I () be seen!"),
                MustacheCase(
                    name: "Dotted Names - Basic Interpolation", data: joe,
                    template: "\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"",
                    expected: "\"Joe\" == \"Joe\""),
                MustacheCase(
                    name: "Dotted Names - Triple Mustache Interpolation", data: joe,
                    template: "\"{{{person.name}}}\" == \"{{#person}}{{{name}}}{{/person}}\"",
                    expected: "\"Joe\" == \"Joe\""),
                MustacheCase(
                    name: "Dotted Names - Ampersand Interpolation", data: joe,
                    template: "\"{{&person.name}}\" == \"{{#person}}{{&name}}{{/person}}\"",
                    expected: "\"Joe\" == \"Joe\""),
                MustacheCase(
                    name: "Dotted Names - Arbitrary Depth", data: phil, template: "\"{{a.b.c.d.e.name}}\" == \"Phil\"",
                    expected: "\"Phil\" == \"Phil\""),
                MustacheCase(
                    name: "Dotted Names - Broken Chains", data: #"{"a": {}}"#, template: "\"{{a.b.c}}\" == \"\"",
                    expected: "\"\" == \"\""),
                MustacheCase(
                    name: "Dotted Names - Broken Chain Resolution", data: #"{"a": {"b": {}}, "c": {"name": "Jim"}}"#,
                    template: "\"{{a.b.c.name}}\" == \"\"", expected: "\"\" == \"\""),
                MustacheCase(
                    name: "Dotted Names - Initial Resolution",
                    data:
                        #"{"a": {"b": {"c": {"d": {"e": {"name": "Phil"}}}}}, "#
                        + #""b": {"c": {"d": {"e": {"name": "Wrong"}}}}}"#,
                    template: "\"{{#a}}{{b.c.d.e.name}}{{/a}}\" == \"Phil\"", expected: "\"Phil\" == \"Phil\""),
                MustacheCase(
                    name: "Dotted Names - Context Precedence", data: #"{"a": {"b": {}}, "b": {"c": "ERROR"}}"#,
                    template: "{{#a}}{{b.c}}{{/a}}", expected: ""),
                MustacheCase(
                    name: "Dotted Names are never single keys", data: #"{"a.b": "c"}"#, template: "{{a.b}}",
                    expected: ""),
                MustacheCase(
                    name: "Dotted Names - No Masking", data: #"{"a.b": "c", "a": {"b": "d"}}"#, template: "{{a.b}}",
                    expected: "d"),
                MustacheCase(
                    name: "Implicit Iterators - Basic Interpolation", data: #""world""#, template: "Hello, {{.}}!\n",
                    expected: "Hello, world!\n"),
                MustacheCase(
                    name: "Implicit Iterators - HTML Escaping", data: #""& \" < >""#,
                    template: "These characters should be HTML escaped: {{.}}\n",
                    expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
                MustacheCase(
                    name: "Implicit Iterators - Triple Mustache", data: #""& \" < >""#,
                    template: "These characters should not be HTML escaped: {{{.}}}\n",
                    expected: "These characters should not be HTML escaped: & \" < >\n"),
                MustacheCase(
                    name: "Implicit Iterators - Ampersand", data: #""& \" < >""#,
                    template: "These characters should not be HTML escaped: {{&.}}\n",
                    expected: "These characters should not be HTML escaped: & \" < >\n"),
                MustacheCase(
                    name: "Implicit Iterators - Basic Integer Interpolation", data: "85",
                    template: "\"{{.}} miles an hour!\"", expected: "\"85 miles an hour!\""),
                MustacheCase(
                    name: "Interpolation - Surrounding Whitespace", data: #"{"string": "---"}"#,
                    template: "| {{string}} |", expected: "| --- |"),
                MustacheCase(
                    name: "Triple Mustache - Surrounding Whitespace", data: #"{"string": "---"}"#,
                    template: "| {{{string}}} |", expected: "| --- |"),
                MustacheCase(
                    name: "Ampersand - Surrounding Whitespace", data: #"{"string": "---"}"#,
                    template: "| {{&string}} |", expected: "| --- |"),
                MustacheCase(
                    name: "Interpolation - Standalone", data: #"{"string": "---"}"#, template: "  {{string}}\n",
                    expected: "  ---\n"),
                MustacheCase(
                    name: "Triple Mustache - Standalone", data: #"{"string": "---"}"#, template: "  {{{string}}}\n",
                    expected: "  ---\n"),
                MustacheCase(
                    name: "Ampersand - Standalone", data: #"{"string": "---"}"#, template: "  {{&string}}\n",
                    expected: "  ---\n"),
                MustacheCase(
                    name: "Interpolation With Padding", data: #"{"string": "---"}"#, template: "|{{ string }}|",
                    expected: "|---|"),
                MustacheCase(
                    name: "Triple Mustache With Padding", data: #"{"string": "---"}"#, template: "|{{{ string }}}|",
                    expected: "|---|"),
                MustacheCase(
                    name: "Ampersand With Padding", data: #"{"string": "---"}"#, template: "|{{& string }}|",
                    expected: "|---|"),
            ])
    }

    func testInverted() throws {
        try run(
            "inverted",
            [
                MustacheCase(
                    name: "Falsey", data: #"{"boolean": false}"#,
                    template: "\"{{^boolean}}This should be rendered.{{/boolean}}\"",
                    expected: "\"This should be rendered.\""),
                MustacheCase(
                    name: "Truthy", data: #"{"boolean": true}"#,
                    template: "\"{{^boolean}}This should not be rendered.{{/boolean}}\"", expected: "\"\""),
                MustacheCase(
                    name: "Null is falsey", data: #"{"null": null}"#,
                    template: "\"{{^null}}This should be rendered.{{/null}}\"", expected: "\"This should be rendered.\""
                ),
                MustacheCase(
                    name: "Context", data: #"{"context": {"name": "Joe"}}"#,
                    template: "\"{{^context}}Hi {{name}}.{{/context}}\"", expected: "\"\""),
                MustacheCase(
                    name: "List", data: #"{"list": [{"n": 1}, {"n": 2}, {"n": 3}]}"#,
                    template: "\"{{^list}}{{n}}{{/list}}\"", expected: "\"\""),
                MustacheCase(
                    name: "Empty List", data: #"{"list": []}"#, template: "\"{{^list}}Yay lists!{{/list}}\"",
                    expected: "\"Yay lists!\""),
                MustacheCase(
                    name: "Doubled", data: #"{"bool": false, "two": "second"}"#,
                    template: "{{^bool}}\n* first\n{{/bool}}\n* {{two}}\n{{^bool}}\n* third\n{{/bool}}\n",
                    expected: "* first\n* second\n* third\n"),
                MustacheCase(
                    name: "Nested (Falsey)", data: #"{"bool": false}"#,
                    template: "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |", expected: "| A B C D E |"),
                MustacheCase(
                    name: "Nested (Truthy)", data: #"{"bool": true}"#,
                    template: "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |", expected: "| A  E |"),
                MustacheCase(
                    name: "Context Misses", data: "{}",
                    template: "[{{^missing}}Cannot find key 'missing'!{{/missing}}]",
                    expected: "[Cannot find key 'missing'!]"),
                MustacheCase(
                    name: "Dotted Names - Truthy", data: #"{"a": {"b": {"c": true}}}"#,
                    template: "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"\"", expected: "\"\" == \"\""),
                MustacheCase(
                    name: "Dotted Names - Falsey", data: #"{"a": {"b": {"c": false}}}"#,
                    template: "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"",
                    expected: "\"Not Here\" == \"Not Here\""),
                MustacheCase(
                    name: "Dotted Names - Broken Chains", data: #"{"a": {}}"#,
                    template: "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"",
                    expected: "\"Not Here\" == \"Not Here\""),
                MustacheCase(
                    name: "Surrounding Whitespace", data: #"{"boolean": false}"#,
                    template: " | {{^boolean}}\t|\t{{/boolean}} | \n", expected: " | \t|\t | \n"),
                MustacheCase(
                    name: "Internal Whitespace", data: #"{"boolean": false}"#,
                    template: " | {{^boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
                    expected: " |  \n  | \n"),
                MustacheCase(
                    name: "Indented Inline Sections", data: #"{"boolean": false}"#,
                    template: " {{^boolean}}NO{{/boolean}}\n {{^boolean}}WAY{{/boolean}}\n", expected: " NO\n WAY\n"),
                MustacheCase(
                    name: "Standalone Lines", data: #"{"boolean": false}"#,
                    template: "| This Is\n{{^boolean}}\n|\n{{/boolean}}\n| A Line\n",
                    expected: "| This Is\n|\n| A Line\n"),
                MustacheCase(
                    name: "Standalone Indented Lines", data: #"{"boolean": false}"#,
                    template: "| This Is\n  {{^boolean}}\n|\n  {{/boolean}}\n| A Line\n",
                    expected: "| This Is\n|\n| A Line\n"),
                MustacheCase(
                    name: "Standalone Line Endings", data: #"{"boolean": false}"#,
                    template: "|\r\n{{^boolean}}\r\n{{/boolean}}\r\n|", expected: "|\r\n|"),
                MustacheCase(
                    name: "Standalone Without Previous Line", data: #"{"boolean": false}"#,
                    template: "  {{^boolean}}\n^{{/boolean}}\n/", expected: "^\n/"),
                MustacheCase(
                    name: "Standalone Without Newline", data: #"{"boolean": false}"#,
                    template: "^{{^boolean}}\n/\n  {{/boolean}}", expected: "^\n/\n"),
                MustacheCase(
                    name: "Padding", data: #"{"boolean": false}"#, template: "|{{^ boolean }}={{/ boolean }}|",
                    expected: "|=|"),
            ])
    }

    func testPartials() throws {
        try run(
            "partials",
            [
                MustacheCase(
                    name: "Basic Behavior", data: "{}", template: "\"{{>text}}\"", partials: ["text": "from partial"],
                    expected: "\"from partial\""),
                MustacheCase(name: "Failed Lookup", data: "{}", template: "\"{{>text}}\"", expected: "\"\""),
                MustacheCase(
                    name: "Context", data: #"{"text": "content"}"#, template: "\"{{>partial}}\"",
                    partials: ["partial": "*{{text}}*"], expected: "\"*content*\""),
                MustacheCase(
                    name: "Recursion", data: #"{"content": "X", "nodes": [{"content": "Y", "nodes": []}]}"#,
                    template: "{{>node}}",
                    partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"], expected: "X<Y<>>"),
                MustacheCase(
                    name: "Nested", data: #"{"a": "hello", "b": "world"}"#, template: "{{>outer}}",
                    partials: ["outer": "*{{a}} {{>inner}}*", "inner": "{{b}}!"], expected: "*hello world!*"),
                MustacheCase(
                    name: "Surrounding Whitespace", data: "{}", template: "| {{>partial}} |",
                    partials: ["partial": "\t|\t"], expected: "| \t|\t |"),
                MustacheCase(
                    name: "Inline Indentation", data: #"{"data": "|"}"#, template: "  {{data}}  {{> partial}}\n",
                    partials: ["partial": ">\n>"], expected: "  |  >\n>\n"),
                MustacheCase(
                    name: "Standalone Line Endings", data: "{}", template: "|\r\n{{>partial}}\r\n|",
                    partials: ["partial": ">"], expected: "|\r\n>|"),
                MustacheCase(
                    name: "Standalone Without Previous Line", data: "{}", template: "  {{>partial}}\n>",
                    partials: ["partial": ">\n>"], expected: "  >\n  >>"),
                MustacheCase(
                    name: "Standalone Without Newline", data: "{}", template: ">\n  {{>partial}}",
                    partials: ["partial": ">\n>"], expected: ">\n  >\n  >"),
                MustacheCase(
                    name: "Standalone Indentation", data: #"{"content": "<\n->"}"#, template: "\\\n {{>partial}}\n/\n",
                    partials: ["partial": "|\n{{{content}}}\n|\n"], expected: "\\\n |\n <\n->\n |\n/\n"),
                MustacheCase(
                    name: "Padding Whitespace", data: #"{"boolean": true}"#, template: "|{{> partial }}|",
                    partials: ["partial": "[]"], expected: "|[]|"),
            ])
    }

    func testSections() throws {
        let nested =
            "{{#a}}\n{{one}}\n{{#b}}\n{{one}}{{two}}{{one}}\n{{#c}}\n{{one}}{{two}}{{three}}{{two}}{{one}}\n{{#d}}\n"
            + "{{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}\n{{#five}}\n"
            + "{{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}\n"
            + "{{one}}{{two}}{{three}}{{four}}{{.}}6{{.}}{{four}}{{three}}{{two}}{{one}}\n"
            + "{{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}\n{{/five}}\n"
            + "{{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}\n{{/d}}\n{{one}}{{two}}{{three}}{{two}}{{one}}\n"
            + "{{/c}}\n"
            + "{{one}}{{two}}{{one}}\n{{/b}}\n{{one}}\n{{/a}}\n"
        let escapes = #"{"list": ["&", "\"", "<", ">"]}"#
        try run(
            "sections",
            [
                MustacheCase(
                    name: "Truthy", data: #"{"boolean": true}"#,
                    template: "\"{{#boolean}}This should be rendered.{{/boolean}}\"",
                    expected: "\"This should be rendered.\""),
                MustacheCase(
                    name: "Falsey", data: #"{"boolean": false}"#,
                    template: "\"{{#boolean}}This should not be rendered.{{/boolean}}\"", expected: "\"\""),
                MustacheCase(
                    name: "Null is falsey", data: #"{"null": null}"#,
                    template: "\"{{#null}}This should not be rendered.{{/null}}\"", expected: "\"\""),
                MustacheCase(
                    name: "Context", data: #"{"context": {"name": "Joe"}}"#,
                    template: "\"{{#context}}Hi {{name}}.{{/context}}\"", expected: "\"Hi Joe.\""),
                MustacheCase(
                    name: "Parent contexts",
                    data: #"{"a": "foo", "b": "wrong", "sec": {"b": "bar"}, "c": {"d": "baz"}}"#,
                    template: "\"{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}\"", expected: "\"foo, bar, baz\""),
                MustacheCase(
                    name: "Variable test", data: #"{"foo": "bar"}"#, template: "\"{{#foo}}{{.}} is {{foo}}{{/foo}}\"",
                    expected: "\"bar is bar\""),
                MustacheCase(
                    name: "List Contexts",
                    data:
                        #"{"tops": [{"tname": {"upper": "A", "lower": "a"}, "#
                        + #""middles": [{"mname": "1", "bottoms": [{"bname": "x"}, {"bname": "y"}]}]}]}"#,
                    template:
                        "{{#tops}}{{#middles}}{{tname.lower}}{{mname}}.{{#bottoms}}"
                        + "{{tname.upper}}{{mname}}{{bname}}.{{/bottoms}}{{/middles}}{{/tops}}",
                    expected: "a1.A1x.A1y."),
                MustacheCase(
                    name: "Deeply Nested Contexts",
                    data: #"{"a": {"one": 1}, "b": {"two": 2}, "c": {"three": 3, "d": {"four": 4, "five": 5}}}"#,
                    template: nested,
                    expected: "1\n121\n12321\n1234321\n123454321\n12345654321\n123454321\n1234321\n12321\n121\n1\n"),
                MustacheCase(
                    name: "List", data: #"{"list": [{"item": 1}, {"item": 2}, {"item": 3}]}"#,
                    template: "\"{{#list}}{{item}}{{/list}}\"", expected: "\"123\""),
                MustacheCase(
                    name: "Empty List", data: #"{"list": []}"#, template: "\"{{#list}}Yay lists!{{/list}}\"",
                    expected: "\"\""),
                MustacheCase(
                    name: "Doubled", data: #"{"bool": true, "two": "second"}"#,
                    template: "{{#bool}}\n* first\n{{/bool}}\n* {{two}}\n{{#bool}}\n* third\n{{/bool}}\n",
                    expected: "* first\n* second\n* third\n"),
                MustacheCase(
                    name: "Nested (Truthy)", data: #"{"bool": true}"#,
                    template: "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", expected: "| A B C D E |"),
                MustacheCase(
                    name: "Nested (Falsey)", data: #"{"bool": false}"#,
                    template: "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", expected: "| A  E |"),
                MustacheCase(
                    name: "Context Misses", data: "{}", template: "[{{#missing}}Found key 'missing'!{{/missing}}]",
                    expected: "[]"),
                MustacheCase(
                    name: "Implicit Iterator - String", data: #"{"list": ["a", "b", "c", "d", "e"]}"#,
                    template: "\"{{#list}}({{.}}){{/list}}\"", expected: "\"(a)(b)(c)(d)(e)\""),
                MustacheCase(
                    name: "Implicit Iterator - Integer", data: #"{"list": [1, 2, 3, 4, 5]}"#,
                    template: "\"{{#list}}({{.}}){{/list}}\"", expected: "\"(1)(2)(3)(4)(5)\""),
                MustacheCase(
                    name: "Implicit Iterator - Decimal", data: #"{"list": [1.1, 2.2, 3.3, 4.4, 5.5]}"#,
                    template: "\"{{#list}}({{.}}){{/list}}\"", expected: "\"(1.1)(2.2)(3.3)(4.4)(5.5)\""),
                MustacheCase(
                    name: "Implicit Iterator - Array", data: #"{"list": [[1, 2, 3], ["a", "b", "c"]]}"#,
                    template: "\"{{#list}}({{#.}}{{.}}{{/.}}){{/list}}\"", expected: "\"(123)(abc)\""),
                MustacheCase(
                    name: "Implicit Iterator - HTML Escaping", data: escapes, template: "\"{{#list}}({{.}}){{/list}}\"",
                    expected: "\"(&amp;)(&quot;)(&lt;)(&gt;)\""),
                MustacheCase(
                    name: "Implicit Iterator - Triple mustache", data: escapes,
                    template: "\"{{#list}}({{{.}}}){{/list}}\"", expected: "\"(&)(\")(<)(>)\""),
                MustacheCase(
                    name: "Implicit Iterator - Ampersand", data: escapes, template: "\"{{#list}}({{&.}}){{/list}}\"",
                    expected: "\"(&)(\")(<)(>)\""),
                MustacheCase(
                    name: "Implicit Iterator - Root-level", data: #"[{"value": "a"}, {"value": "b"}]"#,
                    template: "\"{{#.}}({{value}}){{/.}}\"", expected: "\"(a)(b)\""),
                MustacheCase(
                    name: "Dotted Names - Truthy", data: #"{"a": {"b": {"c": true}}}"#,
                    template: "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"Here\"", expected: "\"Here\" == \"Here\""),
                MustacheCase(
                    name: "Dotted Names - Falsey", data: #"{"a": {"b": {"c": false}}}"#,
                    template: "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"", expected: "\"\" == \"\""),
                MustacheCase(
                    name: "Dotted Names - Broken Chains", data: #"{"a": {}}"#,
                    template: "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"", expected: "\"\" == \"\""),
                MustacheCase(
                    name: "Surrounding Whitespace", data: #"{"boolean": true}"#,
                    template: " | {{#boolean}}\t|\t{{/boolean}} | \n", expected: " | \t|\t | \n"),
                MustacheCase(
                    name: "Internal Whitespace", data: #"{"boolean": true}"#,
                    template: " | {{#boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
                    expected: " |  \n  | \n"),
                MustacheCase(
                    name: "Indented Inline Sections", data: #"{"boolean": true}"#,
                    template: " {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n", expected: " YES\n GOOD\n"
                ),
                MustacheCase(
                    name: "Standalone Lines", data: #"{"boolean": true}"#,
                    template: "| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n",
                    expected: "| This Is\n|\n| A Line\n"),
                MustacheCase(
                    name: "Indented Standalone Lines", data: #"{"boolean": true}"#,
                    template: "| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n",
                    expected: "| This Is\n|\n| A Line\n"),
                MustacheCase(
                    name: "Standalone Line Endings", data: #"{"boolean": true}"#,
                    template: "|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", expected: "|\r\n|"),
                MustacheCase(
                    name: "Standalone Without Previous Line", data: #"{"boolean": true}"#,
                    template: "  {{#boolean}}\n#{{/boolean}}\n/", expected: "#\n/"),
                MustacheCase(
                    name: "Standalone Without Newline", data: #"{"boolean": true}"#,
                    template: "#{{#boolean}}\n/\n  {{/boolean}}", expected: "#\n/\n"),
                MustacheCase(
                    name: "Padding", data: #"{"boolean": true}"#, template: "|{{# boolean }}={{/ boolean }}|",
                    expected: "|=|"),
            ])
    }

    /// An indented standalone partial that includes itself asks for ever deeper copies: they
    /// stop at a limit and the page still renders, indented as far as the copies go.
    func testSelfIncludingIndentedPartialIsBounded() throws {
        var library = TemplateLibrary()
        library.register(try Template("{{#items}}\n  {{>tree}}\n{{/items}}\n"), named: "tree")
        library.register(try Template("{{>tree}}"), named: "spec-main")
        let data = try SpecData.parse(#"{"items": [{"items": [{"items": []}]}]}"#)
        XCTAssertEqual(String(decoding: try library.renderBytes(data, template: "spec-main"), as: UTF8.self), "")
        XCTAssertLessThanOrEqual(library.names.count, 2)
    }
}
