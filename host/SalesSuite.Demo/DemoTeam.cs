using SalesSuite.Modules.Team.Contracts;

namespace SalesSuite.Demo;

/// <summary>Demo org: admin on top; carol manages alice and bob (East); dave (West) reports to admin. Acme has its admin.</summary>
internal static class DemoTeam
{
    public static TeamHistory Demo(DemoHistory? history) => new(
        [new("East", "East coast accounts"), new("West", "West coast accounts")],
        [
            new() { UserId = "admin", Name = "Ada Admin", Email = "ada@demo.example", Title = "Head of Sales" },
            Rep("carol", "Carol Chen", "Sales Manager", "admin", "East", "East", 40),
            Rep("alice", "Alice Adams", "Account Executive", "carol", "East", "North-East", 30),
            Rep("bob", "Bob Brown", "Account Executive", "carol", "East", "South-East", 30),
            Rep("dave", "Dave Diaz", "Account Executive", "admin", "West", "West", 30),
        ],

        // The history's monthly targets of each rep (in the base currency, USD).
        history is null ? [] : [.. history.Targets.Select(t => new MonthlyTargetRecord(t.RepUserId, t.Year, t.Month, t.Amount, "USD", "admin"))]);

    public static TeamHistory Acme() =>
        new([], [new() { UserId = "admin", Name = "Acme Admin", Email = "admin@acme.example", Title = "Owner" }], []);

    private static SalesRepRecord Rep(string userId, string name, string title, string manager, string team, string territory, int capacity) => new()
    {
        UserId = userId,
        Name = name,
        Email = $"{userId}@demo.example",
        Title = title,
        ManagerUserId = manager,
        TeamName = team,
        Territory = territory,
        Capacity = capacity,
    };
}
