using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Team.Tests;

/// <summary>A rep's own rules (profile edits, placement, leaving), the profile's checks and the manager tree's, without a database or GraphQL.</summary>
public sealed class SalesRepAggregateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void An_edit_changes_only_what_was_sent_and_never_clears_the_name()
    {
        var rep = new SalesRep("alice");
        rep.Edit(new SalesRepProfile { Name = "Alice", Email = "alice@example.com", Title = "AE", Territory = "North", Capacity = 40 });

        rep.Edit(new SalesRepProfile { Name = Optional<string?>.Of(null), Title = Optional<string?>.Of(null), Capacity = 50 });

        Assert.Equal("alice", rep.OwnerId);
        Assert.Equal("Alice", rep.Name);
        Assert.Equal("alice@example.com", rep.Email);
        Assert.Null(rep.Title);
        Assert.Equal("North", rep.Territory);
        Assert.Equal(50, rep.Capacity);
    }

    [Fact]
    public void A_placement_moves_only_the_parts_sent()
    {
        var team = Guid.NewGuid();
        var rep = new SalesRep("alice");
        rep.Place("mia", team);

        rep.Place(Optional<string?>.Unset, Optional<Guid?>.Of(null));

        Assert.Equal("mia", rep.ManagerUserId);
        Assert.Null(rep.TeamId);
    }

    [Fact]
    public void A_rep_who_leaves_keeps_the_time_they_first_left()
    {
        var rep = new SalesRep("alice");
        Assert.True(rep.Active);

        rep.Deactivate(Monday);
        rep.Deactivate(Monday.AddDays(1));

        Assert.False(rep.Active);
        Assert.Equal(Monday, rep.DeactivatedAt);
    }

    [Fact]
    public void A_profile_is_checked_part_by_part_in_field_order()
    {
        var profile = new SalesRepProfile
        {
            Name = new string('n', 201),
            Email = "not-an-email",
            Title = new string('t', 101),
            Territory = new string('r', 101),
            Capacity = 100_001,
        };

        var errors = profile.Check(new Validator()).Errors.Select(e => e.Field);

        Assert.Equal(["name", "email", "title", "territory", "capacity"], errors);
        Assert.True(new SalesRepProfile { Capacity = Optional<int?>.Of(null), Email = Optional<string?>.Of(null) }.Check(new Validator()).IsValid);
        Assert.True(new SalesRepProfile().Check(new Validator()).IsValid);
    }

    [Fact]
    public void A_rep_cannot_be_put_below_themself_or_their_own_reports()
    {
        var managers = new Dictionary<string, string?> { ["ceo"] = null, ["mia"] = "ceo", ["alice"] = "mia", ["bob"] = "alice" };

        Assert.True(ManagerTree.WouldCycle("mia", "mia", managers));
        Assert.True(ManagerTree.WouldCycle("mia", "bob", managers));
        Assert.False(ManagerTree.WouldCycle("bob", "mia", managers));
        Assert.False(ManagerTree.WouldCycle("alice", "ceo", managers));
    }
}
