using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>One rendered file of a generated report: the workbook or the printable page.</summary>
internal sealed class ReportFile : TenantEntity
{
    public const string Xlsx = "xlsx";
    public const string Html = "html";

    private ReportFile()
    {
    }

    public ReportFile(Guid reportId, string format, string fileName, string contentType, byte[] content)
    {
        ReportId = reportId;
        Format = format;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
    }

    public Guid ReportId { get; private set; }

    public string Format { get; private set; } = string.Empty;

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];
}
