using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SalesSuite.Modules.Reporting.Tests.Documents;

/// <summary>An .xlsx read back with the Open XML SDK: each sheet's cells by row, as text (shared strings resolved, numbers invariant).</summary>
public sealed class Workbook
{
    private readonly Dictionary<string, List<string?[]>> _sheets = new(StringComparer.Ordinal);

    public Workbook(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var part = document.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
            var rows = new List<string?[]>();
            foreach (var row in worksheet.Descendants<Row>())
            {
                var index = (int)row.RowIndex!.Value;
                while (rows.Count < index)
                {
                    rows.Add([]);
                }

                var cells = row.Elements<Cell>().ToList();
                var values = new string?[cells.Select(c => Column(c.CellReference!)).DefaultIfEmpty(-1).Max() + 1];
                foreach (var cell in cells)
                {
                    var text = cell.CellValue?.Text ?? cell.InlineString?.InnerText;
                    values[Column(cell.CellReference!)] = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(text!,
                        CultureInfo.InvariantCulture)] : text;
                }

                rows[index - 1] = values;
            }

            _sheets[sheet.Name!.Value!] = rows;
        }
    }

    public IReadOnlyCollection<string> SheetNames => _sheets.Keys;

    /// <summary>Row <paramref name="row"/> (1-based, as Excel numbers them) of a sheet.</summary>
    public string?[] Row(string sheet, int row) => _sheets[sheet][row - 1];

    public int RowCount(string sheet) => _sheets[sheet].Count;

    public static decimal Number(string? text) => decimal.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static DateOnly Date(string? text) => DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(text!, CultureInfo.InvariantCulture)));

    private static int Column(string reference) => reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;
}
