using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Automation.Api;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Features.CompleteReminder;
using SalesSuite.Modules.Automation.Features.DeleteAssignmentRule;
using SalesSuite.Modules.Automation.Features.ReorderAssignmentRules;
using SalesSuite.Modules.Automation.Features.SaveAssignmentRule;
using SalesSuite.Modules.Automation.Features.SetStallDays;
using SalesSuite.Modules.Automation.Features.SnoozeReminder;
using SalesSuite.Modules.Automation.Integration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Jobs;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Automation;

/// <summary>Sales automation: rule-based assignment of new customers and opportunities, and each user's reminders of records that need attention.</summary>
public sealed class AutomationModule : IModule
{
    internal const string ModuleName = "Automation";

    public string Name => ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AutomationDbContext>(Name);
        services.AddScoped<AssignmentEngine>();
        services.AddScoped<IAssignmentRules>(sp => sp.GetRequiredService<AssignmentEngine>());
        services.AddScoped<SaveAssignmentRuleHandler>();
        services.AddScoped<DeleteAssignmentRuleHandler>();
        services.AddScoped<ReorderAssignmentRulesHandler>();
        services.AddScoped<SetStallDaysHandler>();
        services.AddScoped<CompleteReminderHandler>();
        services.AddScoped<SnoozeReminderHandler>();
        services.AddTenantJob<ReminderJob>();
    }

    public void AddSchema(ISchemaSlice schema)
    {
        AssignmentSchema.Build(schema);
        ReminderSchema.Build(schema);
    }
}
