using GraphQL.Types;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Features.DeleteReportSchedule;
using SalesSuite.Modules.Reporting.Features.DeleteReportTemplate;
using SalesSuite.Modules.Reporting.Features.GenerateReport;
using SalesSuite.Modules.Reporting.Features.ListGeneratedReports;
using SalesSuite.Modules.Reporting.Features.ListReportSchedules;
using SalesSuite.Modules.Reporting.Features.ListReportTemplates;
using SalesSuite.Modules.Reporting.Features.SaveReportTemplate;
using SalesSuite.Modules.Reporting.Features.ScheduleReport;
using SalesSuite.Modules.Reporting.Integration;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Api;

/// <summary>
/// Report templates, generated reports and their schedules (their types; the features register the fields in schema order): <c>reportTemplates</c>,
/// <c>saveReportTemplate</c>, <c>deleteReportTemplate</c>, <c>generateReport</c>,
/// <c>generatedReports</c>, <c>scheduleReport</c>, <c>reportSchedules</c>, <c>deleteReportSchedule</c>.
/// </summary>
internal static class ReportsSchema
{
    public static void Build(ISchemaSlice slice)
    {
        var measure = new EnumerationGraphType<ReportMeasure> { Name = "ReportMeasure", Description = "A figure of the sales read model (see SalesMeasures)." };
        var chartKind = new EnumerationGraphType<ChartKind>
        {
            Name = "ReportChartKind",
            Description = "BAR and LINE show one or more series; FUNNEL and PIE one."
        };
        var source = new EnumerationGraphType<ReportSource>
        {
            Name = "ReportSource",
            Description = "Where a template's figures come from; tenant templates are SALES."
        };
        var frequency = new EnumerationGraphType<ReportFrequency>
        {
            Name = "ReportFrequency",
            Description = "WEEKLY: Mondays 06:00 of the tenant's time zone, for the week before; MONTHLY: the 1st, 06:00, for the month before.",
        };
        var valueKind = new EnumerationGraphType { Name = "ReportValueKind", Description = "How a chart's values read." };
        valueKind.Add("INTEGER", ColumnKind.Integer, "Whole numbers.");
        valueKind.Add("NUMBER", ColumnKind.Number, "Numbers, shown with two decimals.");
        valueKind.Add("MONEY", ColumnKind.Money, "Amounts in the report's (the tenant's base) currency.");
        valueKind.Add("PERCENT", ColumnKind.Percent, "Fractions: 0.125 is 12.5 %.");
        foreach (var type in new IGraphType[] { measure, chartKind, source, frequency, valueKind })
        {
            slice.AddType(type);
        }

        BuildTemplates(slice, measure, chartKind, source);
        BuildReports(slice, chartKind, valueKind);
        BuildSchedules(slice, frequency);
    }

    private static void BuildTemplates(ISchemaSlice slice, IGraphType measure, IGraphType chartKind, IGraphType source)
    {
        var chart = new ObjectGraphType { Name = "ReportTemplateChart" };
        chart.AddField(Fields.Read("kind", new NonNullGraphType(chartKind), s => ((TemplateChart)s).Kind));
        chart.AddField(Fields.Read("measure", new NonNullGraphType(measure), s => ((TemplateChart)s).Measure));
        var template = new ObjectGraphType { Name = ReportTemplate.TypeName, Description = "A stored report query: built-in, or saved by the tenant." };
        template.AddField(Fields.Read("id", new NonNullGraphType(new IdGraphType()), s => GlobalId.Encode(ReportTemplate.TypeName, ((TemplateView)s).Id)));
        template.AddField(Fields.Read("title", new NonNullGraphType(new StringGraphType()), s => ((TemplateView)s).Title));
        template.AddField(Fields.Read("builtIn", new NonNullGraphType(new BooleanGraphType()), s => ((TemplateView)s).BuiltIn));
        template.AddField(Fields.Read("source", new NonNullGraphType(source), s => ((TemplateView)s).Definition.Source));
        template.AddField(Fields.Read("groupBy", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("SalesDimension")))),
            s => ((TemplateView)s).Definition.GroupBy));
        template.AddField(Fields.Read("measures", new NonNullGraphType(new ListGraphType(new NonNullGraphType(measure))),
            s => ((TemplateView)s).Definition.Measures));
        template.AddField(Fields
            .Read("charts", new NonNullGraphType(new ListGraphType(new NonNullGraphType(chart))), s => ((TemplateView)s).Definition.Charts));
        template.AddField(Fields.Read("repIds", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            s => ((TemplateView)s).Definition.RepIds ?? []));
        template.AddField(Fields.Read("productKeys", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            s => ((TemplateView)s).Definition.ProductKeys ?? []));
        template.AddField(Fields.Read("customerIds", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new IdGraphType()))),
            s => ((TemplateView)s).Definition.CustomerIds?.Select(id => GlobalId.Encode("Customer", id)).ToList() ?? []));
        template.AddField(Fields.Read("createdBy", new StringGraphType(), s => ((TemplateView)s).CreatedBy, "Null for a built-in template."));
        template.AddField(Fields.Read("version", new LongGraphType(), s => ((TemplateView)s).Version,
            "Send it back to saveReportTemplate to refuse a stale change (CONFLICT)."));
        slice.AddType(template);

        ListReportTemplatesField.Register(slice, template);
        SaveReportTemplateField.Register(slice);
        DeleteReportTemplateField.Register(slice);
    }

    private static void BuildReports(ISchemaSlice slice, IGraphType chartKind, IGraphType valueKind)
    {
        var series = new ObjectGraphType { Name = "ReportChartSeries" };
        series.AddField(Fields.Read("name", new NonNullGraphType(new StringGraphType()), s => ((ChartSeriesData)s).Name));
        series.AddField(Fields.Read("values", new ListGraphType(new NonNullGraphType(new DecimalGraphType())), s => ((ChartSeriesData)s).Values,
            "One value per label, in the labels' order.").DerivedFromSource(s => ((ChartSeriesData)s).DerivedFrom ?? ChartData.MoneySources));
        var chart = new ObjectGraphType { Name = "ReportChartData", Description = "A chart's data, for a front end that draws its own." };
        chart.AddField(Fields.Read("title", new NonNullGraphType(new StringGraphType()), s => ((ChartData)s).Title));
        chart.AddField(Fields.Read("kind", new NonNullGraphType(chartKind), s => ((ChartData)s).Kind));
        chart.AddField(Fields.Read("valueKind", new NonNullGraphType(valueKind), s => ((ChartData)s).ValueKind));
        chart.AddField(Fields.Read("valueCaption", new StringGraphType(), s => ((ChartData)s).ValueCaption));
        chart.AddField(Fields.Read("labels", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))), s => ((ChartData)s).Labels));
        chart.AddField(Fields.Read("series", new NonNullGraphType(new ListGraphType(new NonNullGraphType(series))), s => ((ChartData)s).Series));

        var report = new ObjectGraphType { Name = GeneratedReport.TypeName, Description = "A report generated from a template, with its files." };
        report.AddField(Fields.Read("id", new NonNullGraphType(new IdGraphType()), s => GlobalId.Encode(GeneratedReport.TypeName, ((GeneratedReport)s).Id)));
        report.AddField(Fields.Read("title", new NonNullGraphType(new StringGraphType()), s => ((GeneratedReport)s).Title));
        report.AddField(Fields.Read("templateId", new NonNullGraphType(new IdGraphType()),
            s => GlobalId.Encode(ReportTemplate.TypeName, ((GeneratedReport)s).TemplateId)));
        report.AddField(Fields.Read("from", new NonNullGraphType(new DateOnlyGraphType()), s => ((GeneratedReport)s).From));
        report.AddField(Fields.Read("to", new NonNullGraphType(new DateOnlyGraphType()), s => ((GeneratedReport)s).To));
        report.AddField(Fields.Read("createdAt", new NonNullGraphType(new DateTimeOffsetGraphType()), s => ((GeneratedReport)s).CreatedAt));
        report.AddField(Fields.Read("createdBy", new NonNullGraphType(new StringGraphType()), s => ((GeneratedReport)s).OwnerId,
            "The user who generated it, or whose schedule did."));
        report.AddField(Fields.Read("scheduleId", new IdGraphType(),
            s => ((GeneratedReport)s).ScheduleId is { } id ? GlobalId.Encode(ReportSchedule.TypeName, id) : null));
        report.AddField(Fields.Read("charts", new NonNullGraphType(new ListGraphType(new NonNullGraphType(chart))), s => ((GeneratedReport)s).ChartList()));
        report.AddField(Fields.Read("reveals", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            s => ((GeneratedReport)s).RevealedFields,
            "The fields (Type.field) its figures are derived from: a role denied one of them may not download its files (FORBIDDEN) nor read its charts' " +
            "values."));
        report.AddField(Fields.Read("xlsxUrl", new NonNullGraphType(new StringGraphType()), s => ReportDownloads.UrlOf((GeneratedReport)s, ReportFile.Xlsx),
            "The workbook: GET it with the same bearer token as /graphql."));
        report.AddField(Fields.Read("htmlUrl", new NonNullGraphType(new StringGraphType()), s => ReportDownloads.UrlOf((GeneratedReport)s, ReportFile.Html),
            "The printable page with SVG charts: GET it with the same bearer token as /graphql."));
        slice.AddType(report);

        GenerateReportField.Register(slice);
        ListGeneratedReportsField.Register(slice);
    }

    private static void BuildSchedules(ISchemaSlice slice, IGraphType frequency)
    {
        var schedule = new ObjectGraphType
        {
            Name = ReportSchedule.TypeName,
            Description = "A template generated on a schedule, in the scope of the user who scheduled it."
        };
        schedule.AddField(Fields.Read("id", new NonNullGraphType(new IdGraphType()), s => GlobalId.Encode(ReportSchedule.TypeName, ((ReportSchedule)s).Id)));
        schedule.AddField(Fields.Read("templateId", new NonNullGraphType(new IdGraphType()),
            s => GlobalId.Encode(ReportTemplate.TypeName, ((ReportSchedule)s).TemplateId)));
        schedule.AddField(Fields.Read("frequency", new NonNullGraphType(frequency), s => ((ReportSchedule)s).Frequency));
        schedule.AddField(Fields.Read("createdBy", new NonNullGraphType(new StringGraphType()), s => ((ReportSchedule)s).OwnerId));
        schedule.AddField(Fields.Read("nextRunAt", new NonNullGraphType(new DateTimeOffsetGraphType()), s => ((ReportSchedule)s).NextRunAt));
        schedule.AddField(Fields.Read("lastRunAt", new DateTimeOffsetGraphType(), s => ((ReportSchedule)s).LastRunAt));
        schedule.AddField(Fields.Read("lastReportId", new IdGraphType(),
            s => ((ReportSchedule)s).LastReportId is { } id ? GlobalId.Encode(GeneratedReport.TypeName, id) : null));
        schedule.AddField(Fields.Read("lastError", new StringGraphType(), s => ((ReportSchedule)s).LastError,
            "Why the last run made no report; null when it made one."));
        slice.AddType(schedule);

        ListReportSchedulesField.Register(slice);
        ScheduleReportField.Register(slice);
        DeleteReportScheduleField.Register(slice);
    }
}
