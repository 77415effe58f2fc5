using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.Modules.Reporting.Templates;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Downloads;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Documents;

/// <summary>Generates a report from a template: composes it, renders the workbook and the page, stores both with the report.</summary>
internal sealed class ReportGenerator(ModuleDbContextFactory<ReportingDbContext> contexts, ReportComposer composer, TemplateCommands templates, ICurrentUser user, TimeProvider clock)
{
    public const string TypeName = "GeneratedReport";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string HtmlContentType = "text/html; charset=utf-8";

    public static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary><c>generateReport</c>: the caller's template and range, in the caller's scope.</summary>
    public async Task<GeneratedReport> GenerateAsync(InputReader input, CancellationToken ct)
    {
        var templateId = input.Id("templateId", TemplateCommands.TypeName);
        var (from, to) = DateRange.Check(input.Value<DateOnly>("from") ?? default, input.Value<DateOnly>("to") ?? default);

        var template = await templates.FindAsync(templateId, ct);
        return await GenerateAsync(template, from, to, user.UserIdOrThrow, schedule: null, ct);
    }

    /// <summary>
    /// Composes, renders and stores a report owned by <paramref name="ownerId"/>, within the current scope's grant. A schedule's run passes
    /// <paramref name="schedule"/>: its changes (the next slot) are saved in the same transaction as the report, or neither is.
    /// </summary>
    public async Task<GeneratedReport> GenerateAsync(TemplateView template, DateOnly from, DateOnly to, string ownerId,
        (Guid Id, DateTimeOffset Slot, Func<ReportingDbContext, GeneratedReport, Task> Advance)? schedule, CancellationToken ct)
    {
        var composed = await composer.ComposeAsync(template, from, to, ct);
        var document = composed.Document;
        byte[] workbook;
        using (var buffer = new MemoryStream())
        {
            XlsxReportWriter.Write(document, buffer);
            workbook = buffer.ToArray();
        }

        var page = Encoding.UTF8.GetBytes(HtmlReportWriter.Write(document));
        var report = new GeneratedReport
        {
            OwnerId = ownerId,
            TemplateId = template.Id,
            Title = template.Title,
            From = from,
            To = to,
            CreatedAt = clock.GetUtcNow(),
            ScheduleId = schedule?.Id,
            Slot = schedule?.Slot,
            Charts = JsonSerializer.Serialize(document.Sections.Where(s => s.Chart is not null)
                .Select(s => ChartData.Of(s.Chart!, composed.ChartSources.GetValueOrDefault(s.Chart!) ?? composed.Reveals)).ToList(), Json),
            Reveals = [.. composed.Reveals],
        };
        var name = FileName(template.Title, from, to);
        await using var db = contexts.Create();
        db.GeneratedReports.Add(report);
        db.ReportFiles.Add(new ReportFile(report.Id, ReportFile.Xlsx, name + ".xlsx", XlsxContentType, workbook));
        db.ReportFiles.Add(new ReportFile(report.Id, ReportFile.Html, name + ".html", HtmlContentType, page));
        if (schedule is { } run)
        {
            await run.Advance(db, report);
        }

        await db.SaveChangesAsync(ct);
        return report;
    }

    public static string DownloadUrl(GeneratedReport report, string format) => $"/downloads/{ReportDownloads.KindOf(format)}/{report.Id:D}";

    /// <summary>A file name of the title's letters and digits and the range, e.g. <c>monthly-sales_2026-11-01_2026-11-30</c>.</summary>
    private static string FileName(string title, DateOnly from, DateOnly to)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var text = string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        text = text.Length == 0 ? "report" : text[..Math.Min(80, text.Length)];
        return $"{text}_{from:yyyy-MM-dd}_{to:yyyy-MM-dd}";
    }
}

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
