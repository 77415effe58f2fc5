using System.Text;
using System.Text.Json;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Documents;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Features.GenerateReport;

/// <summary>
/// Generates a report from a template: composes it, renders the workbook and the page, stores both with the report. The scheduled runs
/// (<c>ScheduledReportsJob</c>) generate through it too.
/// </summary>
internal sealed class GenerateReportHandler(ModuleDbContextFactory<ReportingDbContext> contexts, ReportComposer composer, ReportTemplateStore templates,
    ICurrentUser user, TimeProvider clock)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary><c>generateReport</c>: the caller's template and range, in the caller's scope.</summary>
    public async Task<GeneratedReport> HandleAsync(GenerateReportInput input, CancellationToken ct)
    {
        var templateId = GlobalId.Decode(input.TemplateId, ReportTemplate.TypeName, "templateId");
        var (from, to) = DateRange.Check(input.From ?? default, input.To ?? default);

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
                .Select(s => ChartData.Of(s.Chart!, composed.ChartSources.GetValueOrDefault(s.Chart!) ?? composed.Reveals)).ToList(), ChartData.Json),
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
