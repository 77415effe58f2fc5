using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Downloads;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Integration;

/// <summary>
/// The files of generated reports at <c>/downloads/report-xlsx/{id}</c> and <c>/downloads/report-html/{id}</c>, for whoever sees the report,
/// unless their role is denied a field the report's figures are derived from (FORBIDDEN): a manager denied amounts does not read them in a rep's report.
/// </summary>
internal sealed class ReportDownloads(string format, ModuleDbContextFactory<ReportingDbContext> contexts, ICurrentAccess access) : IDownloadSource
{
    public string Kind => KindOf(format);

    public string Module => "Reporting";

    public string Permission => PermissionNames.ReportingRead;

    public static string KindOf(string format) => "report-" + format;

    /// <summary>Where a report's file is downloaded, with the same bearer token as <c>/graphql</c>.</summary>
    public static string UrlOf(GeneratedReport report, string format) => $"/downloads/{KindOf(format)}/{report.Id:D}";

    public async Task<Download?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var report = await db.GeneratedReports.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return null;
        }

        if (FieldDenial.FirstDenied(access.Grant, report.RevealedFields) is { } denied)
        {
            throw new AppException(ErrorCodes.Forbidden, $"Your role may not read {denied}, from which figures of this report are derived.");
        }

        var file = await db.ReportFiles.FirstOrDefaultAsync(f => f.ReportId == id && f.Format == format, cancellationToken);
        return file is null ? null : new Download(file.FileName, file.ContentType, file.Content,
            Inline: format == ReportFile.Html, ContentSecurityPolicy: format == ReportFile.Html ? HtmlReportWriter.ContentSecurityPolicy : null);
    }
}
