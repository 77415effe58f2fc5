using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Customers.Seeding;

/// <summary>
/// Demonstration data: a realistic book of customers for <c>demo</c>, a handful for <c>acme</c>, so that tenant
/// isolation is visible on the first query. Deterministic (fixed seed) and only when the tenant has no customers.
/// </summary>
internal sealed class CustomersSeeder(ModuleDbContextFactory<CustomersDbContext> contexts, TimeProvider clock, IConfiguration configuration) : IModuleSeeder
{
    private static readonly string[] DemoOwners = ["admin", "alice", "bob", "carol"];

    public async Task<bool> SeedAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        if (await db.Customers.AnyAsync(cancellationToken) || await db.Levels.AnyAsync(cancellationToken))
        {
            return false;
        }

        switch (tenant.Id)
        {
            case "demo":
                SeedDemo(db);
                break;
            case "acme":
                SeedAcme(db);
                break;
            default:
                return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (tenant.Id == "demo" && DemoHistory.IsEnabled(configuration[DemoHistory.Setting]))
        {
            await DemoHistory.SaveDatedAsync(contexts, History(DemoHistory.For(clock.GetUtcNow())), cancellationToken);
        }

        return true;
    }

    /// <summary>The customers of the demo's history, each registered on its day, and their interactions.</summary>
    private static IEnumerable<(DateTimeOffset, Action<CustomersDbContext>)> History(DemoHistory history)
    {
        var faker = new Faker("en") { Random = new Randomizer(20261102) };
        string[] subjects = ["Intro call", "Product demo", "Pricing discussion", "Site visit", "Follow-up on quote", "Quarterly check-in"];
        foreach (var planned in history.Customers)
        {
            var details = new CustomerDetails
            {
                Level = new(planned.Level),
                Category = new(faker.PickRandom("ENT", "SMB", "SMB", "PUB")),
                Industry = new(faker.Company.Bs().Split(' ')[0]),
                Source = new(planned.Source),
                Region = new(planned.Region),
                Address = Address(faker.Address.StreetAddress(), faker.Address.City(), null, faker.Address.ZipCode(), "United States"),
            };
            var name = $"{faker.Company.CompanyName()} #{planned.Number}";
            var contact = new Contact { Name = faker.Name.FullName(), Title = faker.Name.JobTitle() };
            contact.SetEmail(faker.Internet.Email());
            var customer = DemoHistory.WithId(Customer.Register(name, CustomerKind.Company, planned.OwnerId, []), planned.Id);
            customer.AddContact(contact, primary: true);
            customer.Edit(details);
            customer.DealWon(); // the history's customers have won deals
            yield return (planned.RegisteredAt, db => db.Customers.Add(customer));
        }

        foreach (var planned in history.Interactions)
        {
            var interaction = new Interaction
            {
                CustomerId = planned.CustomerId,
                Kind = planned.Kind switch { 0 => InteractionKind.Call, 1 => InteractionKind.Visit, _ => InteractionKind.Email },
                Subject = faker.PickRandom(subjects),
                OccurredAt = planned.At,
                CreatedBy = planned.OwnerId,
            };
            yield return (history.Today, db => db.Interactions.Add(interaction)); // no stamps: all in one last save
        }
    }

    private void SeedDemo(CustomersDbContext db)
    {
        db.Levels.AddRange(
            new CustomerLevel { Code = "A", Name = "Key account", Rank = 1 },
            new CustomerLevel { Code = "B", Name = "Growth account", Rank = 2 },
            new CustomerLevel { Code = "C", Name = "Standard account", Rank = 3 });
        db.Categories.AddRange(
            new CustomerCategory { Code = "ENT", Name = "Enterprise" },
            new CustomerCategory { Code = "SMB", Name = "Small and medium business" },
            new CustomerCategory { Code = "PUB", Name = "Public sector" },
            new CustomerCategory { Code = "IND", Name = "Individual" });

        var now = clock.GetUtcNow();
        var faker = new Faker("en") { Random = new Randomizer(20261125) };
        string[] industries = ["Manufacturing", "Retail", "Logistics", "Healthcare", "Education", "Software", "Construction", "Food & beverage"];
        string[] sources = ["Website", "Referral", "Trade show", "Cold call", "Partner", "Advertising"];
        string[] regions = ["North", "South", "East", "West", "Central"];
        string[] tagPool = ["vip", "newsletter", "price-sensitive", "long-cycle", "upsell", "partner", "tender"];
        string[] subjects = ["Intro call", "Product demo", "Pricing discussion", "Site visit", "Follow-up on quote", "Contract review", "Quarterly check-in"];

        for (var i = 0; i < 60; i++)
        {
            var person = i % 7 == 6;
            var details = new CustomerDetails
            {
                Level = new(faker.PickRandom("A", "B", "B", "C", "C", "C")),
                Category = new(person ? "IND" : faker.PickRandom("ENT", "SMB", "SMB", "PUB")),
                Industry = new(person ? null : faker.PickRandom(industries)),
                Source = new(faker.PickRandom(sources)),
                Region = new(faker.PickRandom(regions)),
                Address = Address(faker.Address.StreetAddress(), faker.Address.City(), faker.Address.State(), faker.Address.ZipCode(), "United States"),
                Tags = faker.PickRandom(tagPool, faker.Random.Int(0, 3)).ToList(),
            };
            var lifecycle = faker.PickRandom<LifecycleStage>();
            var name = person ? faker.Name.FullName() : faker.Company.CompanyName();
            var contacts = new List<(Contact, bool)>();
            var contactCount = person ? 1 : faker.Random.Int(1, 3);
            for (var c = 0; c < contactCount; c++)
            {
                var first = faker.Name.FirstName();
                var last = faker.Name.LastName();
                var contact = new Contact
                {
                    Name = person && c == 0 ? name.Trim() : $"{first} {last}",
                    Title = person ? null : faker.Name.JobTitle(),
                };
                contact.SetPhone(faker.Phone.PhoneNumber("+1 ###-###-####"));
                contact.SetEmail(faker.Internet.Email(first, last));
                contacts.Add((contact, c == 0));
            }

            var customer = Customer.Register(name, person ? CustomerKind.Person : CustomerKind.Company, DemoOwners[i % DemoOwners.Length], contacts);
            customer.Edit(details);
            Advance(customer, lifecycle);
            db.Customers.Add(customer);
            var interactions = faker.Random.Int(0, 5);
            for (var k = 0; k < interactions; k++)
            {
                var occurred = now.AddDays(-faker.Random.Int(1, 180)).AddMinutes(-faker.Random.Int(0, 600));
                DateTimeOffset? followUp = k == interactions - 1 && faker.Random.Bool(0.6f) ? now.AddDays(faker.Random.Int(-5, 14)) : null;
                db.Interactions.Add(new Interaction
                {
                    CustomerId = customer.Id,
                    Kind = faker.PickRandom<InteractionKind>(),
                    Subject = faker.PickRandom(subjects),
                    Notes = faker.Lorem.Sentence(12),
                    OccurredAt = occurred,
                    CreatedBy = customer.OwnerId,
                    NextFollowUpAt = followUp < occurred ? occurred.AddDays(1) : followUp,
                });
            }
        }
    }

    private static void SeedAcme(CustomersDbContext db)
    {
        db.Levels.AddRange(
            new CustomerLevel { Code = "GOLD", Name = "Gold", Rank = 1 },
            new CustomerLevel { Code = "SILVER", Name = "Silver", Rank = 2 });
        (string Name, string Level, string Contact, string Email)[] rows =
        [
            ("Roadrunner Logistics", "GOLD", "Wile Coyote", "wile@roadrunner.example"),
            ("Anvil Supplies Ltd", "SILVER", "Ada Anvil", "ada@anvil.example"),
            ("Desert Rockets Inc", "GOLD", "Rocco Burns", "rocco@desertrockets.example"),
            ("Canyon Tools", "SILVER", "Cathy Canyon", "cathy@canyontools.example"),
            ("Mesa Mining Co", "SILVER", "Milo Mesa", "milo@mesamining.example"),
        ];
        foreach (var row in rows)
        {
            var contact = new Contact { Name = row.Contact, Title = "Purchasing" };
            contact.SetEmail(row.Email);
            var customer = Customer.Register(row.Name, CustomerKind.Company, "admin", [(contact, true)]);
            customer.Edit(new CustomerDetails { Level = new(row.Level), Region = new("West"), Source = new("Partner") });
            db.Customers.Add(customer);
        }
    }

    private static Dictionary<string, string?> Address(string line1, string city, string? state, string postalCode, string country) =>
        new() { ["line1"] = line1, ["city"] = city, ["state"] = state, ["postalCode"] = postalCode, ["country"] = country };

    /// <summary>Takes a demo customer to its lifecycle stage the way its deals and orders would have.</summary>
    private static void Advance(Customer customer, LifecycleStage stage)
    {
        switch (stage)
        {
            case LifecycleStage.Prospect:
                customer.OpportunityOpened();
                break;
            case LifecycleStage.Customer:
                customer.DealWon();
                break;
            case LifecycleStage.RepeatCustomer:
                customer.RecordPurchase();
                customer.RecordPurchase();
                break;
        }
    }
}
