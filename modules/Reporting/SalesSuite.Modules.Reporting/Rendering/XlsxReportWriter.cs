using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SalesSuite.Modules.Reporting.Rendering;

/// <summary>
/// The report as a workbook: a summary sheet, then one sheet per section with its table (or its chart's series).
/// Numbers stay numbers and dates are date serials, each with a number format, so the reader can calculate with them.
/// </summary>
internal static class XlsxReportWriter
{
    public const string SummarySheetName = "Summary";

    /// <summary>Excel's limit for one cell's text.</summary>
    private const int MaxCellText = 32_767;

    /// <summary>Day 0 of Excel's 1900 date system (shifted by Lotus' phantom 29 February 1900, so right from March 1900 on).</summary>
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    public static void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        // The package wants a seekable stream; HTTP response bodies are not.
        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            package.PackageProperties.Title = ReportFormat.XmlSafe(document.Title);
            package.PackageProperties.Subject = document.Subtitle is null ? null : ReportFormat.XmlSafe(document.Subtitle);
            package.PackageProperties.Creator = "SalesSuite";
            package.PackageProperties.Created = document.GeneratedAt.UtcDateTime;
            package.PackageProperties.Modified = document.GeneratedAt.UtcDateTime;

            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Build(document.CurrencyCode);
            var strings = new SharedStrings();
            var names = SheetNames.Unique([SummarySheetName, .. document.Sections.Select(s => s.Heading)]);

            AddSheet(workbook, names[0], Summary(document, names.Skip(1).ToArray(), strings));
            for (var i = 0; i < document.Sections.Count; i++)
            {
                var section = document.Sections[i];
                var table = section.DataTable;
                var sheet = AddSheet(workbook, names[i + 1], Table(table, document.CurrencyCode, strings));
                if (section.Chart is { } chart)
                {
                    XlsxCharts.Add(sheet, names[i + 1], chart, dataOnSheet: section.Table is null, besideColumn: table.Columns.Count + 1,
                        XlsxStyles.FormatCode(chart.ValueKind, document.CurrencyCode));
                }
            }

            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static WorksheetPart AddSheet(WorkbookPart workbook, string name, Worksheet worksheet)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbook.GetIdOfPart(part) });
        return part;
    }

    private static Worksheet Summary(ReportDocument document, IReadOnlyList<string> sheetNames, SharedStrings strings)
    {
        var data = new SheetData();
        var row = 1U;
        data.Append(Row(row++, strings.Cell(document.Title, XlsxStyles.Title)));
        if (document.Subtitle is not null)
        {
            data.Append(Row(row++, strings.Cell(document.Subtitle, 0)));
        }

        row++;
        data.Append(
            Row(row++, strings.Cell("Tenant", XlsxStyles.Label), strings.Cell(document.TenantName, 0)),
            Row(row++, strings.Cell("Generated at", XlsxStyles.Label),
                NumberCell(document.GeneratedAt.UtcDateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture), XlsxStyles.Timestamp)),
            Row(row++, strings.Cell("Currency", XlsxStyles.Label), strings.Cell(document.CurrencyCode, 0)));

        var hyperlinks = new Hyperlinks();
        if (document.Sections.Count > 0)
        {
            row++;
            data.Append(Row(row++, strings.Cell("Section", XlsxStyles.Header), strings.Cell("Sheet", XlsxStyles.Header)));
            for (var i = 0; i < document.Sections.Count; i++, row++)
            {
                data.Append(Row(row, strings.Cell(document.Sections[i].Heading, 0), strings.Cell(sheetNames[i], 0)));
                hyperlinks.Append(new Hyperlink { Reference = $"B{row}", Location = $"{SheetNames.Quote(sheetNames[i])}!A1", Display = sheetNames[i] });
            }
        }

        var longestHeading = document.Sections.Select(s => s.Heading.Length).DefaultIfEmpty().Max();
        var worksheet = new Worksheet(
            new Columns(Width(1, Math.Max(16, longestHeading + 2)), Width(2, Math.Max(24, document.TenantName.Length + 2))),
            data);
        if (hyperlinks.HasChildren)
        {
            worksheet.Append(hyperlinks);
        }

        return worksheet;
    }

    private static Worksheet Table(ReportTable table, string currencyCode, SharedStrings strings)
    {
        var data = new SheetData();
        data.Append(Row(1, table.Columns.Select(c => strings.Cell(c.Name, c.IsNumeric ? XlsxStyles.NumericHeader : XlsxStyles.Header)).ToArray()));
        var row = 2U;
        foreach (var values in table.Rows)
        {
            data.Append(ValueRow(row++, table, values, total: false, strings));
        }

        if (table.Totals is { } totals)
        {
            data.Append(ValueRow(row, table, totals, total: true, strings));
        }

        var widths = table.Columns.Select((column, i) =>
        {
            var longest = table.Rows.Append(table.Totals ?? [])
                .Where(r => r.Count > i)
                .Select(r => ReportFormat.Value(r[i], column.Kind, currencyCode).Length)
                .Append(column.Name.Length)
                .Max();
            return Width((uint)i + 1, longest + 3);
        });
        return new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>(["A2"]) })
            { WorkbookViewId = 0 }),
            new Columns(widths),
            data);
    }

    private static Row ValueRow(uint index, ReportTable table, IReadOnlyList<object?> values, bool total, SharedStrings strings) =>
        Row(index, values.Select((value, i) =>
        {
            var style = XlsxStyles.Value(table.Columns[i].Kind, total);
            return value switch
            {
                null => new Cell { StyleIndex = style },
                string text => strings.Cell(text, style),
                decimal number => NumberCell(number.ToString(CultureInfo.InvariantCulture), style),
                DateOnly date => NumberCell((date.DayNumber - ExcelEpoch.DayNumber).ToString(CultureInfo.InvariantCulture), style),
                _ => throw new InvalidOperationException($"Unexpected value type {value.GetType().Name}."),
            };
        }).ToArray());

    private static Cell NumberCell(string value, uint style) => new(new CellValue(value)) { StyleIndex = style };

    /// <summary>A row whose cells get their references (A1, B1, ...) here, so callers only list values.</summary>
    private static Row Row(uint index, params Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
        }

        return new Row(cells) { RowIndex = index };
    }

    private static Column Width(uint column, int characters) =>
        new() { Min = column, Max = column, Width = Math.Clamp(characters, 8, 60), CustomWidth = true };

    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

        public SharedStringTable Table { get; } = new();

        public Cell Cell(string text, uint style)
        {
            var safe = ReportFormat.XmlSafe(text);
            safe = safe.Length > MaxCellText ? safe[..MaxCellText] : safe;
            if (!_indexes.TryGetValue(safe, out var index))
            {
                index = _indexes.Count;
                _indexes.Add(safe, index);
                var element = new Text(safe);
                if (safe.Length > 0 && (char.IsWhiteSpace(safe[0]) || char.IsWhiteSpace(safe[^1])))
                {
                    element.Space = SpaceProcessingModeValues.Preserve;
                }

                Table.Append(new SharedStringItem(element));
            }

            return new Cell(new CellValue(index)) { DataType = CellValues.SharedString, StyleIndex = style };
        }
    }
}
