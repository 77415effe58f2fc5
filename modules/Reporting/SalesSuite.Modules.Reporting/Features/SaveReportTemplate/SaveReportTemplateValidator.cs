using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Features.SaveReportTemplate;

/// <summary>
/// The rules of a tenant template, no database: a title, 1-3 dimensions (one period at most), at least one measure, up to four charts
/// of those measures, up to <see cref="MaxFilterValues"/> values per filter. Returns the stored query, or throws one VALIDATION error.
/// </summary>
internal static class SaveReportTemplateValidator
{
    public const int MaxFilterValues = 100;

    public static TemplateDefinition Check(SaveReportTemplateInput input)
    {
        var errors = new Validator();
        errors.Required("title", input.Title, 200);
        var groupBy = (input.GroupBy ?? []).Distinct().ToList();
        if (groupBy.Count == 0)
        {
            errors.Add("groupBy", "needs at least one dimension: the rows of the report.");
        }

        var measures = (input.Measures ?? []).Distinct().ToList();
        if (measures.Count == 0)
        {
            errors.Add("measures", "needs at least one measure.");
        }

        if (input.Charts.Count > 4)
        {
            errors.Add("charts", "takes at most four charts.");
        }

        var charts = new List<TemplateChart>();
        for (var i = 0; i < input.Charts.Count; i++)
        {
            var measure = input.Charts[i].Measure ?? ReportMeasure.Revenue;
            if (!measures.Contains(measure))
            {
                errors.Add($"charts[{i}].measure", "must be one of the template's measures.");
            }

            charts.Add(new TemplateChart(input.Charts[i].Kind ?? ChartKind.Bar, measure));
        }

        var repIds = input.RepIds?.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var productKeys = input.ProductKeys?.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var customerIds = input.CustomerIds?.Select(id => GlobalId.Decode(id, "Customer", "customerIds")).Distinct().ToList();
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
