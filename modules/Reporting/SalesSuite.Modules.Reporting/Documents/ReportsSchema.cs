using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.Modules.Reporting.Schedules;
using SalesSuite.Modules.Reporting.Templates;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Documents;

/// <summary>
/// Report templates, generated reports and their schedules: <c>reportTemplates</c>, <c>saveReportTemplate</c>, <c>deleteReportTemplate</c>, <c>generateReport</c>,
/// <c>generatedReports</c>, <c>scheduleReport</c>, <c>reportSchedules</c>, <c>deleteReportSchedule</c>.
/// </summary>
internal static class ReportsSchema
{
    private static readonly QuerySpec<GeneratedReport> ReportSpec = new QuerySpec<GeneratedReport>(ReportGenerator.TypeName, r => r.Id)
        .Field("title", r => r.Title)
        .Field("createdBy", r => r.OwnerId)
        .Field("createdAt", r => r.CreatedAt)
        .Field("from", r => r.From)
        .Field("to", r => r.To);

    private static readonly QuerySpec<ReportSchedule> ScheduleSpec = new QuerySpec<ReportSchedule>(ScheduleCommands.TypeName, s => s.Id)
        .Field("createdBy", s => s.OwnerId)
        .Field("nextRunAt", s => s.NextRunAt);

    public static void Build(ISchemaSlice slice)
    {
        var measure = new EnumerationGraphType<ReportMeasure> { Name = "ReportMeasure", Description = "A figure of the sales read model (see SalesMeasures)." };
        var chartKind = new EnumerationGraphType<ChartKind> { Name = "ReportChartKind", Description = "BAR and LINE show one or more series; FUNNEL and PIE one." };
        var source = new EnumerationGraphType<ReportSource> { Name = "ReportSource", Description = "Where a template's figures come from; tenant templates are SALES." };
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
        var template = new ObjectGraphType { Name = TemplateCommands.TypeName, Description = "A stored report query: built-in, or saved by the tenant." };
        template.AddField(Fields.Read("id", new NonNullGraphType(new IdGraphType()), s => GlobalId.Encode(TemplateCommands.TypeName, ((TemplateView)s).Id)));
        template.AddField(Fields.Read("title", new NonNullGraphType(new StringGraphType()), s => ((TemplateView)s).Title));
        template.AddField(Fields.Read("builtIn", new NonNullGraphType(new BooleanGraphType()), s => ((TemplateView)s).BuiltIn));
        template.AddField(Fields.Read("source", new NonNullGraphType(source), s => ((TemplateView)s).Definition.Source));
        template.AddField(Fields.Read("groupBy", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("SalesDimension")))), s => ((TemplateView)s).Definition.GroupBy));
        template.AddField(Fields.Read("measures", new NonNullGraphType(new ListGraphType(new NonNullGraphType(measure))), s => ((TemplateView)s).Definition.Measures));
        template.AddField(Fields.Read("charts", new NonNullGraphType(new ListGraphType(new NonNullGraphType(chart))), s => ((TemplateView)s).Definition.Charts));
        template.AddField(Fields.Read("repIds", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))), s => ((TemplateView)s).Definition.RepIds ?? []));
        template.AddField(Fields.Read("productKeys", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))), s => ((TemplateView)s).Definition.ProductKeys ?? []));
        template.AddField(Fields.Read("customerIds", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new IdGraphType()))),
            s => ((TemplateView)s).Definition.CustomerIds?.Select(id => GlobalId.Encode("Customer", id)).ToList() ?? []));
        template.AddField(Fields.Read("createdBy", new StringGraphType(), s => ((TemplateView)s).CreatedBy, "Null for a built-in template."));
        template.AddField(Fields.Read("version", new LongGraphType(), s => ((TemplateView)s).Version, "Send it back to saveReportTemplate to refuse a stale change (CONFLICT)."));
        slice.AddType(template);

        slice.AddQueryField(Fields.CreateWith<TemplateCommands>("reportTemplates", new NonNullGraphType(new ListGraphType(new NonNullGraphType(template))),
            async (ctx, templates) => await templates.ListAsync(ctx.CancellationToken),
            "The built-in report templates, then the tenant's own by title."));

        var chartInput = SchemaBuilders.Input("ReportTemplateChartInput", "One chart of a template: its kind and the measure it shows.",
            ("kind", new NonNullGraphType(chartKind)), ("measure", new NonNullGraphType(measure)));
        slice.AddType(chartInput);
        var saveInput = SchemaBuilders.Input("SaveReportTemplateInput",
            "A tenant template over the sales figures: leave id out to create one, send it (with version) to change one.",
            ("id", new IdGraphType()),
            ("version", new LongGraphType()),
            ("title", new NonNullGraphType(new StringGraphType())),
            ("groupBy", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("SalesDimension"))))),
            ("measures", new NonNullGraphType(new ListGraphType(new NonNullGraphType(measure)))),
            ("charts", new ListGraphType(new NonNullGraphType(chartInput))),
            ("repIds", new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            ("productKeys", new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            ("customerIds", new ListGraphType(new NonNullGraphType(new IdGraphType()))));
        slice.AddMutation<TemplateCommands>("saveReportTemplate", saveInput, SchemaBuilders.Payload("SaveReportTemplatePayload", ("template", TemplateCommands.TypeName)),
            "Creates or changes a tenant report template: groupBy 1-3 dimensions (one period at most), 1-4 measures, up to four charts of those measures, optional filters.",
            (commands, input, ct) => SchemaBuilders.Payload("template", commands.SaveAsync(input, ct))).RequirePermission(PermissionNames.ReportingManage);

        var deletePayload = DeletedPayload("DeleteReportTemplatePayload");
        slice.AddMutation<TemplateCommands>("deleteReportTemplate",
            SchemaBuilders.Input("DeleteReportTemplateInput", "A tenant template (built-in ones cannot be deleted).", ("id", new NonNullGraphType(new IdGraphType()))),
            deletePayload, "Deletes a tenant report template; CONFLICT while a schedule uses it. Reports generated from it stay.",
            (commands, input, ct) => SchemaBuilders.Payload("deletedId", commands.DeleteAsync(input, ct))).RequirePermission(PermissionNames.ReportingManage);
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

        var report = new ObjectGraphType { Name = ReportGenerator.TypeName, Description = "A report generated from a template, with its files." };
        report.AddField(Fields.Read("id", new NonNullGraphType(new IdGraphType()), s => GlobalId.Encode(ReportGenerator.TypeName, ((GeneratedReport)s).Id)));
        report.AddField(Fields.Read("title", new NonNullGraphType(new StringGraphType()), s => ((GeneratedReport)s).Title));
        report.AddField(Fields.Read("templateId", new NonNullGraphType(new IdGraphType()), s => GlobalId.Encode(TemplateCommands.TypeName, ((GeneratedReport)s).TemplateId)));
        report.AddField(Fields.Read("from", new NonNullGraphType(new DateOnlyGraphType()), s => ((GeneratedReport)s).From));
        report.AddField(Fields.Read("to", new NonNullGraphType(new DateOnlyGraphType()), s => ((GeneratedReport)s).To));
        report.AddField(Fields.Read("createdAt", new NonNullGraphType(new DateTimeOffsetGraphType()), s => ((GeneratedReport)s).CreatedAt));
        report.AddField(Fields.Read("createdBy", new NonNullGraphType(new StringGraphType()), s => ((GeneratedReport)s).OwnerId, "The user who generated it, or whose schedule did."));
        report.AddField(Fields.Read("scheduleId", new IdGraphType(), s => ((GeneratedReport)s).ScheduleId is { } id ? GlobalId.Encode(ScheduleCommands.TypeName, id) : null));
        report.AddField(Fields.Read("charts", new NonNullGraphType(new ListGraphType(new NonNullGraphType(chart))), s => ((GeneratedReport)s).ChartList()));
        report.AddField(Fields.Read("reveals", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))), s => ((GeneratedReport)s).RevealedFields,
            "The fields (Type.field) its figures are derived from: a role denied one of them may not download its files (FORBIDDEN) nor read its charts' values."));
        report.AddField(Fields.Read("xlsxUrl", new NonNullGraphType(new StringGraphType()), s => ReportGenerator.DownloadUrl((GeneratedReport)s, ReportFile.Xlsx),
            "The workbook: GET it with the same bearer token as /graphql."));
        report.AddField(Fields.Read("htmlUrl", new NonNullGraphType(new StringGraphType()), s => ReportGenerator.DownloadUrl((GeneratedReport)s, ReportFile.Html),
            "The printable page with SVG charts: GET it with the same bearer token as /graphql."));
        slice.AddType(report);

        slice.AddMutation<ReportGenerator>("generateReport",
            SchemaBuilders.Input("GenerateReportInput", "A template and an inclusive range of days of the tenant's calendar.",
                ("templateId", new NonNullGraphType(new IdGraphType())), ("from", new NonNullGraphType(new DateOnlyGraphType())), ("to", new NonNullGraphType(new DateOnlyGraphType()))),
            SchemaBuilders.Payload("GenerateReportPayload", ("report", ReportGenerator.TypeName)),
            "Generates a report within your scope: an .xlsx workbook and a printable HTML page, stored for download, with the charts' data.",
            (generator, input, ct) => SchemaBuilders.Payload("report", generator.GenerateAsync(input, ct))).RequirePermission(PermissionNames.ReportingRead);

        slice.AddQueryField(Fields.Create("generatedReports", new NonNullGraphType(ConnectionTypes.For(slice, ReportGenerator.TypeName)),
            async ctx =>
            {
                await using var db = ctx.Db<ReportingDbContext>();
                return await ReportSpec.ToConnectionAsync(db.GeneratedReports, ctx, q => q.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id));
            },
            "Reports generated by you or by your schedules (and, by your scope, your team's), newest first.",
            ReportSpec.Arguments(slice)));
    }

    private static void BuildSchedules(ISchemaSlice slice, IGraphType frequency)
    {
        var schedule = new ObjectGraphType { Name = ScheduleCommands.TypeName, Description = "A template generated on a schedule, in the scope of the user who scheduled it." };
        schedule.AddField(Fields.Read("id", new NonNullGraphType(new IdGraphType()), s => GlobalId.Encode(ScheduleCommands.TypeName, ((ReportSchedule)s).Id)));
        schedule.AddField(Fields.Read("templateId", new NonNullGraphType(new IdGraphType()), s => GlobalId.Encode(TemplateCommands.TypeName, ((ReportSchedule)s).TemplateId)));
        schedule.AddField(Fields.Read("frequency", new NonNullGraphType(frequency), s => ((ReportSchedule)s).Frequency));
        schedule.AddField(Fields.Read("createdBy", new NonNullGraphType(new StringGraphType()), s => ((ReportSchedule)s).OwnerId));
        schedule.AddField(Fields.Read("nextRunAt", new NonNullGraphType(new DateTimeOffsetGraphType()), s => ((ReportSchedule)s).NextRunAt));
        schedule.AddField(Fields.Read("lastRunAt", new DateTimeOffsetGraphType(), s => ((ReportSchedule)s).LastRunAt));
        schedule.AddField(Fields.Read("lastReportId", new IdGraphType(), s => ((ReportSchedule)s).LastReportId is { } id ? GlobalId.Encode(ReportGenerator.TypeName, id) : null));
        schedule.AddField(Fields.Read("lastError", new StringGraphType(), s => ((ReportSchedule)s).LastError, "Why the last run made no report; null when it made one."));
        slice.AddType(schedule);

        slice.AddQueryField(Fields.Create("reportSchedules", new NonNullGraphType(ConnectionTypes.For(slice, ScheduleCommands.TypeName)),
            async ctx =>
            {
                await using var db = ctx.Db<ReportingDbContext>();
                return await ScheduleSpec.ToConnectionAsync(db.ReportSchedules, ctx, q => q.OrderBy(s => s.NextRunAt).ThenBy(s => s.Id));
            },
            "Your report schedules (and, by your scope, your team's), the next to run first.",
            ScheduleSpec.Arguments(slice)));

        slice.AddMutation<ScheduleCommands>("scheduleReport",
            SchemaBuilders.Input("ScheduleReportInput", "A template (the built-in \"Revenue forecast\" schedules the forecast) and how often.",
                ("templateId", new NonNullGraphType(new IdGraphType())), ("frequency", new NonNullGraphType(frequency))),
            SchemaBuilders.Payload("ScheduleReportPayload", ("schedule", ScheduleCommands.TypeName)),
            "Generates the template every week or month in your scope; the reports appear in generatedReports.",
            (commands, input, ct) => SchemaBuilders.Payload("schedule", commands.ScheduleAsync(input, ct))).RequirePermission(PermissionNames.ReportingManage);

        var deletePayload = DeletedPayload("DeleteReportSchedulePayload");
        slice.AddMutation<ScheduleCommands>("deleteReportSchedule",
            SchemaBuilders.Input("DeleteReportScheduleInput", "A schedule within your scope.", ("id", new NonNullGraphType(new IdGraphType()))),
            deletePayload, "Stops a schedule; the reports it made stay.",
            (commands, input, ct) => SchemaBuilders.Payload("deletedId", commands.DeleteAsync(input, ct))).RequirePermission(PermissionNames.ReportingManage);
    }

    private static ObjectGraphType DeletedPayload(string name)
    {
        var payload = new ObjectGraphType { Name = name };
        payload.AddField(Fields.Read("deletedId", new NonNullGraphType(new IdGraphType()), s => ((IDictionary<string, object?>)s)["deletedId"]));
        return payload;
    }
}
