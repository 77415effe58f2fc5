using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Features.RecordTraining;

/// <summary>Records a course taken by a rep the user can see.</summary>
internal sealed class RecordTrainingHandler(ModuleDbContextFactory<TeamDbContext> contexts, TimeProvider clock, ICurrentUser user)
{
    public async Task<TrainingRecord> HandleAsync(RecordTrainingInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var date = RecordTrainingValidator.Check(input, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var userId = input.UserId!;
        if (!await db.Reps.AnyAsync(r => r.OwnerId == userId, ct))
        {
            throw AppException.NotFound("SalesRep", userId);
        }

        var record = new TrainingRecord(userId, input.Course!, date, input.Completed ?? false, input.Score, user.UserIdOrThrow);
        db.Trainings.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }
}
