using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SalesSuite.Modules.Team.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Team.Domain;

/// <summary>Demo org: admin on top; carol manages alice and bob (East); dave (West) reports to admin.</summary>
internal sealed class TeamSeeder(ModuleDbContextFactory<TeamDbContext> contexts, TimeProvider clock, IConfiguration configuration) : IModuleSeeder
{
    public async Task<bool> SeedAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        if (await db.Reps.AnyAsync(cancellationToken))
        {
            return false;
        }

        if (tenant.Id == "demo")
        {
            var east = new SalesTeam { Name = "East", Description = "East coast accounts" };
            var west = new SalesTeam { Name = "West", Description = "West coast accounts" };
            db.Teams.AddRange(east, west);
            db.Reps.AddRange(
                new SalesRep { OwnerId = "admin", Name = "Ada Admin", Email = "ada@demo.example", Title = "Head of Sales" },
                new SalesRep { OwnerId = "carol", Name = "Carol Chen", Email = "carol@demo.example", Title = "Sales Manager", ManagerUserId = "admin", TeamId = east.Id, Territory = "East", Capacity = 40 },
                new SalesRep { OwnerId = "alice", Name = "Alice Adams", Email = "alice@demo.example", Title = "Account Executive", ManagerUserId = "carol", TeamId = east.Id, Territory = "North-East", Capacity = 30 },
                new SalesRep { OwnerId = "bob", Name = "Bob Brown", Email = "bob@demo.example", Title = "Account Executive", ManagerUserId = "carol", TeamId = east.Id, Territory = "South-East", Capacity = 30 },
                new SalesRep { OwnerId = "dave", Name = "Dave Diaz", Email = "dave@demo.example", Title = "Account Executive", ManagerUserId = "admin", TeamId = west.Id, Territory = "West", Capacity = 30 });
            if (DemoHistory.IsEnabled(configuration[DemoHistory.Setting]))
            {
                // The history's monthly targets of each rep (in the base currency, USD).
                db.Targets.AddRange(DemoHistory.For(clock.GetUtcNow()).Targets.Select(t => new SalesTarget
                {
                    RepUserId = t.RepUserId, SubjectKey = SalesTarget.RepKey(t.RepUserId), Year = t.Year, PeriodKind = PeriodKind.Month, PeriodNumber = t.Month,
                    Amount = t.Amount, BaseCurrency = "USD", SetBy = "admin",
                }));
            }
        }
        else if (tenant.Id == "acme")
        {
            db.Reps.Add(new SalesRep { OwnerId = "admin", Name = "Acme Admin", Email = "admin@acme.example", Title = "Owner" });
        }
        else
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);

        return true;
    }
}
