using DocumentFormat.OpenXml.Spreadsheet;

namespace SalesSuite.Modules.Reporting.Rendering;

/// <summary>The workbook's cell formats, one per column kind, regular and bold for totals, plus header, title and label styles.</summary>
internal static class XlsxStyles
{
    public const uint Title = 1;
    public const uint Label = 2;
    public const uint Timestamp = 3;
    public const uint Header = 4;
    public const uint NumericHeader = 5;
    private const uint FirstValue = 6;

    private const uint MoneyFormat = 164;
    private const uint PercentFormat = 165;
    private const uint DateFormat = 166;
    private const uint TimestampFormat = 167;

    private const string PercentCode = "0.0%";
    private const string DateCode = "yyyy-mm-dd";

    private static readonly ColumnKind[] Kinds = Enum.GetValues<ColumnKind>();

    public static uint Value(ColumnKind kind, bool total) => FirstValue + (total ? (uint)Kinds.Length : 0) + (uint)Array.IndexOf(Kinds, kind);

    /// <summary>The format code of a numeric kind, as charts need it spelled out.</summary>
    public static string FormatCode(ColumnKind kind, string currencyCode) => kind switch
    {
        ColumnKind.Integer => "#,##0",
        ColumnKind.Money => MoneyCode(currencyCode),
        ColumnKind.Percent => PercentCode,
        ColumnKind.Date => DateCode,
        _ => "#,##0.00",
    };

    public static Stylesheet Build(string currencyCode)
    {
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 2, ApplyFont = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat
            {
                NumberFormatId = TimestampFormat,
                ApplyNumberFormat = true,
                Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Left },
                ApplyAlignment = true
            },
            new CellFormat { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right })
            {
                FontId = 1,
                FillId = 2,
                BorderId = 1,
                ApplyFont = true,
                ApplyFill = true,
                ApplyBorder = true,
                ApplyAlignment = true
            });
        foreach (var total in new[] { false, true })
        {
            foreach (var kind in Kinds)
            {
                formats.Append(new CellFormat
                {
                    NumberFormatId = NumberFormat(kind),
                    ApplyNumberFormat = kind is not ColumnKind.Text,
                    FontId = total ? 1U : 0U,
                    ApplyFont = total,
                    BorderId = total ? 2U : 0U,
                    ApplyBorder = total,
                });
            }
        }

        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = MoneyFormat, FormatCode = MoneyCode(currencyCode) },
                new NumberingFormat { NumberFormatId = PercentFormat, FormatCode = PercentCode },
                new NumberingFormat { NumberFormatId = DateFormat, FormatCode = DateCode },
                new NumberingFormat { NumberFormatId = TimestampFormat, FormatCode = "yyyy-mm-dd hh:mm \"UTC\"" }),
            new Fonts(Font(bold: false, size: 11), Font(bold: true, size: 11), Font(bold: true, size: 16)),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF1F4F8" }, new BackgroundColor { Indexed = 64 })
                {
                    PatternType = PatternValues.Solid,
                })),
            new Borders(Border(), Border(bottom: true), Border(top: true)),
            new CellStyleFormats(new CellFormat()),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static string MoneyCode(string currencyCode) => $"#,##0.00 \"{currencyCode}\"";

    /// <summary>Built-in 3 is #,##0 and 4 is #,##0.00; the rest are the custom formats above.</summary>
    private static uint NumberFormat(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => 3,
        ColumnKind.Number => 4,
        ColumnKind.Money => MoneyFormat,
        ColumnKind.Percent => PercentFormat,
        ColumnKind.Date => DateFormat,
        _ => 0,
    };

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Border Border(bool top = false, bool bottom = false) => new(
        new LeftBorder(),
        new RightBorder(),
        top ? new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin } : new TopBorder(),
        bottom ? new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin } : new BottomBorder(),
        new DiagonalBorder());
}
