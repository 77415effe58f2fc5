using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Templates;

/// <summary>Reads, saves and deletes report templates. Templates belong to the tenant (every reader sees them); saving needs <c>reporting.manage</c>.</summary>
internal sealed class TemplateCommands(ModuleDbContextFactory<ReportingDbContext> contexts, ICurrentUser user)
{
    public const string TypeName = "ReportTemplate";
    public const int MaxTemplates = 200;
    public const int MaxFilterValues = 100;

    public async Task<IReadOnlyList<TemplateView>> ListAsync(CancellationToken ct)
    {
        await using var db = contexts.Create();
        var saved = await db.ReportTemplates.OrderBy(t => t.Title).ThenBy(t => t.Id).ToListAsync(ct);
        return [.. BuiltInTemplates.All, .. saved.Select(t => t.View())];
    }

    /// <summary>A built-in or saved template; NOT_FOUND otherwise.</summary>
    public async Task<TemplateView> FindAsync(Guid id, CancellationToken ct)
    {
        if (BuiltInTemplates.Find(id) is { } builtIn)
        {
            return builtIn;
        }

        await using var db = contexts.Create();
        var template = await db.ReportTemplates.FirstOrDefaultAsync(t => t.Id == id, ct);
        return template?.View() ?? throw AppException.NotFound(TypeName, GlobalId.Encode(TypeName, id));
    }

    public async Task<TemplateView> SaveAsync(InputReader input, CancellationToken ct)
    {
        var definition = Read(input, out var title);
        var id = input.Has("id") && input.String("id") is not null ? input.Id("id", TypeName) : (Guid?)null;
        if (id is { } builtInId && BuiltInTemplates.Find(builtInId) is not null)
        {
            throw InputReader.Invalid("id", "is a built-in template, which cannot be changed: save a copy without an id.");
        }

        await using var db = contexts.Create();
        ReportTemplate template;
        if (id is null)
        {
            if (await db.ReportTemplates.CountAsync(ct) >= MaxTemplates)
            {
                throw new AppException(ErrorCodes.LimitExceeded, $"A tenant keeps at most {MaxTemplates} report templates; delete one first.");
            }

            template = new ReportTemplate { CreatedBy = user.UserIdOrThrow };
            db.ReportTemplates.Add(template);
        }
        else
        {
            template = await db.ReportTemplates.AsTracking().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw AppException.NotFound(TypeName, input.String("id")!);
            db.ExpectVersion(template, input.Value<long>("version"));
        }

        template.Title = title;
        template.Definition = definition.ToJson();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DataErrors.IsConcurrencyClash(ex))
        {
            throw AppException.Conflict(TypeName);
        }

        return template.View();
    }

    public async Task<string> DeleteAsync(InputReader input, CancellationToken ct)
    {
        var id = input.Id("id", TypeName);
        if (BuiltInTemplates.Find(id) is not null)
        {
            throw InputReader.Invalid("id", "is a built-in template, which cannot be deleted.");
        }

        await using var db = contexts.Create();
        var template = await db.ReportTemplates.AsTracking().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw AppException.NotFound(TypeName, input.String("id")!);
        // Every schedule of the tenant counts, not only those in the deleter's record scope: another team's schedule would break.
        await using var system = contexts.CreateForSystem();
        if (await system.ReportSchedules.AnyAsync(s => s.TemplateId == id, ct))
        {
            throw new AppException(ErrorCodes.Conflict, "The template is scheduled: delete its schedules first.");
        }

        db.ReportTemplates.Remove(template);
        await db.SaveChangesAsync(ct);
        return GlobalId.Encode(TypeName, id);
    }

    private static TemplateDefinition Read(InputReader input, out string title)
    {
        var errors = new Validator();
        title = input.String("title") ?? "";
        errors.Required("title", input.String("title"), 200);
        var groupBy = (input.Values<SalesDimension>("groupBy") ?? []).Distinct().ToList();
        if (groupBy.Count == 0)
        {
            errors.Add("groupBy", "needs at least one dimension: the rows of the report.");
        }

        var measures = (input.Values<ReportMeasure>("measures") ?? []).Distinct().ToList();
        if (measures.Count == 0)
        {
            errors.Add("measures", "needs at least one measure.");
        }

        var charts = new List<TemplateChart>();
        var chartInputs = input.Objects("charts");
        if (chartInputs.Count > 4)
        {
            errors.Add("charts", "takes at most four charts.");
        }

        foreach (var chart in chartInputs)
        {
            var kind = chart.Value<ChartKind>("kind") ?? ChartKind.Bar;
            var measure = chart.Value<ReportMeasure>("measure") ?? ReportMeasure.Revenue;
            if (!measures.Contains(measure))
            {
                errors.Add(chart.FieldPath("measure"), "must be one of the template's measures.");
            }

            charts.Add(new TemplateChart(kind, measure));
        }

        var repIds = input.Strings("repIds")?.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var productKeys = input.Strings("productKeys")?.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var customerIds = input.Strings("customerIds")?.Select(id => GlobalId.Decode(id, "Customer", "customerIds")).Distinct().ToList();
        foreach (var (field, count) in new[] { ("repIds", repIds?.Count), ("productKeys", productKeys?.Count), ("customerIds", customerIds?.Count) })
        {
            if (count > MaxFilterValues)
            {
                errors.Add(field, $"takes at most {MaxFilterValues} values.");
            }
        }

        if (repIds?.Any(r => r.Length > 64) == true || productKeys?.Any(p => p.Length > 200) == true)
        {
            errors.Add(repIds?.Any(r => r.Length > 64) == true ? "repIds" : "productKeys", "holds a value that is too long.");
        }

        errors.ThrowIfInvalid();
        SalesReport.CheckGroupBy(groupBy, "groupBy");
        return new TemplateDefinition(ReportSource.Sales, groupBy, measures, charts, NullIfEmpty(repIds), NullIfEmpty(productKeys), NullIfEmpty(customerIds));
    }

    private static List<T>? NullIfEmpty<T>(List<T>? list) => list is { Count: > 0 } ? list : null;
}
