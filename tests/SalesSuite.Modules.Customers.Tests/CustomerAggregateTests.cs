using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Customers.Tests;

/// <summary>The customer's life and its rules, on the aggregate alone: no database, no GraphQL.</summary>
public sealed class CustomerAggregateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_registered_customer_is_a_lead_with_one_primary_contact_the_first_one_asked_for()
    {
        var customer = Customer.Register("  Pipeline Partners ", CustomerKind.Company, "alice",
            [(Contact("Ann"), false), (Contact("Ben"), true), (Contact("Cid"), true)]);

        Assert.Equal("Pipeline Partners", customer.Name);
        Assert.Equal("pipeline partners", customer.NameNormalized);
        Assert.Equal(CustomerKind.Company, customer.Kind);
        Assert.Equal("alice", customer.OwnerId);
        Assert.Equal(LifecycleStage.Lead, customer.Lifecycle);
        Assert.Null(customer.ArchivedAt);
        Assert.Equal(["Ben"], customer.Contacts.Where(c => c.IsPrimary).Select(c => c.Name));
        Assert.All(customer.Contacts, c => Assert.Equal(customer.Id, c.CustomerId));

        var noneAsked = Customer.Register("Solo", CustomerKind.Person, "bob", [(Contact("Dee"), false), (Contact("Eve"), false)]);
        Assert.Equal(["Dee"], noneAsked.Contacts.Where(c => c.IsPrimary).Select(c => c.Name));
        Assert.Empty(Customer.Register("No contacts", CustomerKind.Company, "bob", []).Contacts);
    }

    [Fact]
    public void Registration_refuses_a_blank_name_a_missing_owner_and_too_many_contacts()
    {
        Assert.Equal(new FieldError("name", "is required."),
            Assert.Single(Assert.Throws<AppException>(() => Customer.Register(" ", CustomerKind.Company, "alice", [])).FieldErrors));
        Assert.Equal(new FieldError("ownerId", "is required."),
            Assert.Single(Assert.Throws<AppException>(() => Customer.Register("A", CustomerKind.Company, "", [])).FieldErrors));

        var many = Enumerable.Range(0, Customer.MaxContacts + 1).Select(i => (Contact($"C{i}"), false)).ToList();
        var refused = Assert.Throws<AppException>(() => Customer.Register("A", CustomerKind.Company, "alice", many));
        Assert.Equal(ErrorCodes.Validation, refused.Code);
        Assert.Equal(new FieldError("contacts", "may hold at most 50 contacts."), Assert.Single(refused.FieldErrors));
    }

    [Fact]
    public void An_edit_changes_only_the_details_given_and_keeps_the_tags_clean()
    {
        var customer = Registered();
        customer.Edit(new CustomerDetails
        {
            Level = new("A"),
            Category = new("ENT"),
            Industry = new("Retail"),
            Source = new("Referral"),
            Region = new("West"),
            Tags = [" vip ", "VIP", "", "newsletter"],
            Address = new Dictionary<string, string?> { ["line1"] = "1 Main St", ["city"] = "Springfield", ["country"] = "US" },
        });
        customer.Edit(new CustomerDetails { Name = "Renamed", Kind = CustomerKind.Person, Industry = new(null), OwnerId = "bob" });

        Assert.Equal(("Renamed", CustomerKind.Person, "bob"), (customer.Name, customer.Kind, customer.OwnerId));
        Assert.Equal(("A", "ENT", (string?)null, "Referral", "West"), (customer.Level, customer.Category, customer.Industry, customer.Source, customer.Region));
        Assert.Equal(["vip", "newsletter"], customer.Tags);
        Assert.Equal(("1 Main St", "Springfield", (string?)null, (string?)null, "US"),
            (customer.Address.Line1, customer.Address.City, customer.Address.State, customer.Address.PostalCode, customer.Address.Country));

        var address = customer.Address;
        customer.Edit(new CustomerDetails { Address = new Dictionary<string, string?> { ["city"] = "Shelbyville" } });
        Assert.Same(address, customer.Address); // the tracked instance changes, so the audit log sees the parts
        Assert.Equal(((string?)null, "Shelbyville"), (customer.Address.Line1, customer.Address.City));

        var tooMany = Assert.Throws<AppException>(() => customer.Edit(new CustomerDetails { Tags = Enumerable.Range(0, 21).Select(i => $"t{i}").ToList() }));
        Assert.Equal(new FieldError("tags", "may hold at most 20 tags."), Assert.Single(tooMany.FieldErrors));
        Assert.Equal(["vip", "newsletter"], customer.Tags);
    }

    [Fact]
    public void Tags_are_checked_against_the_limits_and_a_retag_that_would_pass_them_changes_nothing()
    {
        var validator = new Validator();
        var kept = Customer.KeepTags(validator, "addTags", [.. Enumerable.Range(0, 21).Select(i => $"t{i}"), new string('x', 41)]);
        Assert.Equal(22, kept.Count);
        Assert.Equal(["may hold at most 20 tags.", "each tag must be at most 40 characters long."], validator.Errors.Select(e => e.Message));

        var customer = Registered();
        Assert.True(customer.Retag(["a", "b", "c"], []));
        Assert.True(customer.Retag(["d"], ["B"]));
        Assert.Equal(["a", "c", "d"], customer.Tags);
        Assert.False(customer.Retag(Enumerable.Range(0, 18).Select(i => $"n{i}"), []));
        Assert.Equal(["a", "c", "d"], customer.Tags);

        Assert.True(customer.AddTag("A")); // has it already
        Assert.Equal(3, customer.Tags.Count);
        customer.RemoveTags(["c"]);
        Assert.Equal(["a", "d"], customer.Tags);
    }

    [Fact]
    public void Archiving_keeps_the_first_time_and_restoring_clears_it()
    {
        var customer = Registered();
        customer.Archive(Monday);
        customer.Archive(Monday.AddDays(1));
        Assert.Equal(Monday, customer.ArchivedAt);

        customer.Restore();
        Assert.Null(customer.ArchivedAt);
        customer.Archive(Monday.AddDays(2));
        Assert.Equal(Monday.AddDays(2), customer.ArchivedAt);
    }

    [Fact]
    public void Assignment_needs_an_owner()
    {
        var customer = Registered();
        customer.AssignTo("carol");
        Assert.Equal("carol", customer.OwnerId);
        Assert.Equal(new FieldError("ownerId", "is required."), Assert.Single(Assert.Throws<AppException>(() => customer.AssignTo(" ")).FieldErrors));
        Assert.Equal("carol", customer.OwnerId);
    }

    [Fact]
    public void The_lifecycle_moves_forward_with_opportunities_won_deals_and_paid_orders()
    {
        var customer = Registered();
        customer.OpportunityOpened();
        Assert.Equal(LifecycleStage.Prospect, customer.Lifecycle);
        customer.DealWon();
        Assert.Equal(LifecycleStage.Customer, customer.Lifecycle);
        customer.OpportunityOpened(); // a customer stays a customer
        Assert.Equal(LifecycleStage.Customer, customer.Lifecycle);

        var buyer = Registered();
        buyer.RecordPurchase();
        Assert.Equal((LifecycleStage.Customer, 1), (buyer.Lifecycle, buyer.PurchaseCount));
        buyer.RecordPurchase();
        Assert.Equal((LifecycleStage.RepeatCustomer, 2), (buyer.Lifecycle, buyer.PurchaseCount));
        buyer.DealWon();
        Assert.Equal(LifecycleStage.RepeatCustomer, buyer.Lifecycle);
    }

    [Fact]
    public void A_new_primary_contact_takes_over_and_a_customer_holds_at_most_50_contacts()
    {
        var customer = Registered();
        var ann = customer.AddContact(Contact("Ann"), primary: false);
        Assert.True(ann.IsPrimary); // the first contact is primary
        var ben = customer.AddContact(Contact("Ben"), primary: true);
        Assert.Equal([false, true], customer.Contacts.Select(c => c.IsPrimary));
        Assert.Equal(customer.Id, ben.CustomerId);

        customer.SetPrimary(ann.Id, true);
        Assert.Equal([true, false], customer.Contacts.Select(c => c.IsPrimary));
        customer.SetPrimary(ann.Id, false); // then the first contact is primary again: someone must be
        Assert.Equal([true, false], customer.Contacts.Select(c => c.IsPrimary));

        Assert.Same(ann, customer.RemoveContact(ann.Id));
        Assert.True(Assert.Single(customer.Contacts).IsPrimary);
        var unknown = Assert.Throws<AppException>(() => customer.RemoveContact(Guid.NewGuid()));
        Assert.Equal("id", Assert.Single(unknown.FieldErrors).Field);

        while (customer.Contacts.Count < Customer.MaxContacts)
        {
            customer.AddContact(Contact($"C{customer.Contacts.Count}"), primary: false);
        }

        var full = Assert.Throws<AppException>(() => customer.AddContact(Contact("One more"), primary: false));
        Assert.Equal(new FieldError("customerId", "already has 50 contacts, the most a customer can have."), Assert.Single(full.FieldErrors));
        Assert.Throws<AppException>(customer.EnsureRoomForContact);
        Assert.Equal(Customer.MaxContacts, customer.Contacts.Count);
    }

    [Fact]
    public void An_import_fills_only_empty_details_and_a_revert_clears_what_it_filled()
    {
        var customer = Registered();
        customer.Edit(new CustomerDetails { Industry = new("Retail"), Address = new Dictionary<string, string?> { ["city"] = "Springfield" } });
        var draft = Registered();
        draft.Edit(new CustomerDetails
        {
            Level = new("B"),
            Industry = new("Logistics"),
            Region = new("North"),
            Address = new Dictionary<string, string?> { ["city"] = "Shelbyville", ["country"] = "US" },
        });

        var filled = customer.FillEmpty(draft);
        Assert.Equal(["level", "region", "address.country"], filled);
        Assert.Equal(("B", "Retail", "North", "Springfield", "US"),
            (customer.Level, customer.Industry, customer.Region, customer.Address.City, customer.Address.Country));

        customer.Clear(filled);
        Assert.Equal(((string?)null, "Retail", (string?)null, "Springfield", (string?)null),
            (customer.Level, customer.Industry, customer.Region, customer.Address.City, customer.Address.Country));
    }

    private static Customer Registered() => Customer.Register("Acme", CustomerKind.Company, "alice", []);

    private static Contact Contact(string name) => new() { Name = name };
}
