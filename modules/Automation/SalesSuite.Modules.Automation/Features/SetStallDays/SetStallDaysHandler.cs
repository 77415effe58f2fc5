using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.SetStallDays;

/// <summary>Sets the days after which an opportunity counts as stalled in a stage (or, without a stage, in every stage without its own).</summary>
internal sealed class SetStallDaysHandler(ModuleDbContextFactory<AutomationDbContext> contexts, IOpportunityWorkload? workload = null)
{
    public async Task<StallSetting> HandleAsync(SetStallDaysInput input, CancellationToken ct)
    {
        var validator = new Validator();
        if (input.Days is not (>= 1 and <= 3650))
        {
            validator.Add("days", "must be between 1 and 3650.");
        }

        var stageId = Guid.Empty;
        if (InputValues.Clean(input.StageId) is not null)
        {
            stageId = GlobalId.Decode(input.StageId, "PipelineStage", "stageId");
            var stages = workload is not null ? await workload.OpenStagesAsync(ct) : [];
            if (stages.All(s => s.Id != stageId))
            {
                validator.Add("stageId", "must be an open stage of this tenant's pipeline.");
            }
        }

        validator.ThrowIfInvalid();
        await using var db = contexts.Create();
        var setting = await db.StallSettings.AsTracking().FirstOrDefaultAsync(s => s.StageId == stageId, ct);
        if (setting is null)
        {
            setting = new StallSetting { StageId = stageId };
            db.StallSettings.Add(setting);
        }

        setting.Days = input.Days!.Value;
        await db.SaveChangesAsync(ct);
        return setting;
    }
}
