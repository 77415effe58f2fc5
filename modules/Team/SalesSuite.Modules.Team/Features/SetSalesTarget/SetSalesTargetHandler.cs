using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Features.SetSalesTarget;

/// <summary>Sets a rep's or a team's target for a period, creating it the first time (who may: <see cref="TargetAuthorization"/>).</summary>
internal sealed class SetSalesTargetHandler(
    ModuleDbContextFactory<TeamDbContext> contexts, TargetAuthorization authorization, ICurrentUser user, IExchangeRates? rates = null)
{
    public async Task<SalesTarget> HandleAsync(SetSalesTargetInput input, CancellationToken ct)
    {
        var period = SetSalesTargetValidator.Check(input);
        await using var db = contexts.Create();
        var teamId = input.ForTeam ? GlobalId.Decode(input.TeamId, "Team", "teamId") : (Guid?)null;
        var key = await authorization.AuthorizeAsync(db, input.UserId, teamId, InputValues.Clean(input.TeamId), ct);
        var target = await db.Targets.AsTracking().FirstOrDefaultAsync(
            t => t.SubjectKey == key && t.Year == period.Year && t.PeriodKind == period.Kind && t.PeriodNumber == period.Number, ct);
        if (target is null)
        {
            if (input.Version is { } version && version != 0)
            {
                throw AppException.Conflict("SalesTarget");
            }

            target = teamId is { } team ? SalesTarget.ForTeam(team, period) : SalesTarget.ForRep(input.UserId!, period);
            db.Targets.Add(target);
        }
        else
        {
            db.ExpectVersion(target, input.Version);
            db.Touch(target);
        }

        target.Set(input.Amount!.Value, rates is not null ? await rates.BaseCurrencyAsync(ct) : null, user.UserIdOrThrow);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DataErrors.IsConcurrencyClash(ex))
        {
            throw AppException.Conflict("SalesTarget");
        }

        return target;
    }
}
