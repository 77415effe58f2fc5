using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.DefinePipelineStage;

/// <summary>Adds a stage (placed last unless a position is given; its name unused in the tenant) or changes one.</summary>
internal sealed class DefinePipelineStageHandler(ModuleDbContextFactory<OpportunitiesDbContext> contexts)
{
    public async Task<PipelineStage> HandleAsync(DefinePipelineStageInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var probability = DefinePipelineStageValidator.Check(input);
        if (InputValues.Clean(input.Id) is { } shownId)
        {
            var id = GlobalId.Decode(input.Id, "PipelineStage", "id");
            var stage = await db.Stages.AsTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw AppException.NotFound("PipelineStage", shownId);
            db.ExpectVersion(stage, input.Version);
            db.Touch(stage);
            stage.Define(input.Name, probability, input.Kind, input.Position, input.Active);
            await db.SaveChangesAsync(ct);
            return stage;
        }

        if (await db.Stages.AnyAsync(s => s.Name == input.Name, ct))
        {
            throw new AppException(ErrorCodes.Conflict, $"A stage named '{input.Name}' already exists.", [new FieldError("name", "is already used.")]);
        }

        var last = await db.Stages.MaxAsync(s => (int?)s.Position, ct) ?? 0;
        var added = PipelineStage.Create(input.Name, input.Position ?? last + 1, probability, input.Kind ?? StageKind.Open, input.Active ?? true);
        db.Stages.Add(added);
        await db.SaveChangesAsync(ct);
        return added;
    }
}
