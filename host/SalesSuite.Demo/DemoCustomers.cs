using Bogus;
using SalesSuite.Modules.Customers.Contracts;

namespace SalesSuite.Demo;

/// <summary>
/// The demo's customers: a realistic book for <c>demo</c>, the history's customers and their interactions, a handful for
/// <c>acme</c>, so that tenant isolation is visible on the first query.
/// </summary>
internal static class DemoCustomers
{
    private static readonly string[] DemoOwners = ["admin", "alice", "bob", "carol"];

    /// <summary>The demo's levels and categories, 60 customers registered now and their interactions of the last half year.</summary>
    public static CustomerHistory Sample(DateTimeOffset now)
    {
        var faker = new Faker("en") { Random = new Randomizer(20261125) };
        string[] industries = ["Manufacturing", "Retail", "Logistics", "Healthcare", "Education", "Software", "Construction", "Food & beverage"];
        string[] sources = ["Website", "Referral", "Trade show", "Cold call", "Partner", "Advertising"];
        string[] regions = ["North", "South", "East", "West", "Central"];
        string[] tagPool = ["vip", "newsletter", "price-sensitive", "long-cycle", "upsell", "partner", "tender"];
        string[] subjects = ["Intro call", "Product demo", "Pricing discussion", "Site visit", "Follow-up on quote", "Contract review", "Quarterly check-in"];
        var customers = new List<CustomerHistoryRecord>();
        var interactions = new List<InteractionHistoryRecord>();
        for (var i = 0; i < 60; i++)
        {
            var person = i % 7 == 6;
            var level = faker.PickRandom("A", "B", "B", "C", "C", "C");
            var category = person ? "IND" : faker.PickRandom("ENT", "SMB", "SMB", "PUB");
            var industry = person ? null : faker.PickRandom(industries);
            var source = faker.PickRandom(sources);
            var region = faker.PickRandom(regions);
            var (line1, city, state, postalCode) = (faker.Address.StreetAddress(), faker.Address.City(), faker.Address.State(), faker.Address.ZipCode());
            var tags = faker.PickRandom(tagPool, faker.Random.Int(0, 3)).ToList();
            var lifecycle = faker.PickRandom<CustomerLifecycle>();
            var name = person ? faker.Name.FullName() : faker.Company.CompanyName();
            var contacts = new List<ContactRecord>();
            var contactCount = person ? 1 : faker.Random.Int(1, 3);
            for (var c = 0; c < contactCount; c++)
            {
                var first = faker.Name.FirstName();
                var last = faker.Name.LastName();
                var contactName = person && c == 0 ? name.Trim() : $"{first} {last}";
                var title = person ? null : faker.Name.JobTitle();
                contacts.Add(new ContactRecord(contactName, title, faker.Phone.PhoneNumber("+1 ###-###-####"), faker.Internet.Email(first, last)));
            }

            var customer = new CustomerHistoryRecord
            {
                Id = Guid.CreateVersion7(),
                RegisteredAt = now,
                Name = name,
                IsPerson = person,
                OwnerId = DemoOwners[i % DemoOwners.Length],
                Contacts = contacts,
                Lifecycle = lifecycle,
                Level = level,
                Category = category,
                Industry = industry,
                Source = source,
                Region = region,
                Tags = tags,
                AddressLine1 = line1,
                City = city,
                State = state,
                PostalCode = postalCode,
                Country = "United States",
            };
            customers.Add(customer);
            var count = faker.Random.Int(0, 5);
            for (var k = 0; k < count; k++)
            {
                var occurred = now.AddDays(-faker.Random.Int(1, 180)).AddMinutes(-faker.Random.Int(0, 600));
                DateTimeOffset? followUp = k == count - 1 && faker.Random.Bool(0.6f) ? now.AddDays(faker.Random.Int(-5, 14)) : null;
                interactions.Add(new InteractionHistoryRecord
                {
                    Id = Guid.CreateVersion7(),
                    CustomerId = customer.Id,
                    Channel = faker.PickRandom<InteractionChannel>(),
                    Subject = faker.PickRandom(subjects),
                    Notes = faker.Lorem.Sentence(12),
                    OccurredAt = occurred,
                    CreatedBy = customer.OwnerId,
                    NextFollowUpAt = followUp < occurred ? occurred.AddDays(1) : followUp,
                });
            }
        }

        return new CustomerHistory(
            [new("A", "Key account", 1), new("B", "Growth account", 2), new("C", "Standard account", 3)],
            [new("ENT", "Enterprise"), new("SMB", "Small and medium business"), new("PUB", "Public sector"), new("IND", "Individual")],
            customers,
            interactions);
    }

    /// <summary>The customers of the demo's history, each registered on its day (they have won deals), and their interactions.</summary>
    public static CustomerHistory History(DemoHistory history)
    {
        var faker = new Faker("en") { Random = new Randomizer(20261102) };
        string[] subjects = ["Intro call", "Product demo", "Pricing discussion", "Site visit", "Follow-up on quote", "Quarterly check-in"];
        var customers = new List<CustomerHistoryRecord>();
        foreach (var planned in history.Customers)
        {
            var category = faker.PickRandom("ENT", "SMB", "SMB", "PUB");
            var industry = faker.Company.Bs().Split(' ')[0];
            var (line1, city, postalCode) = (faker.Address.StreetAddress(), faker.Address.City(), faker.Address.ZipCode());
            var name = $"{faker.Company.CompanyName()} #{planned.Number}";
            var (contactName, title) = (faker.Name.FullName(), faker.Name.JobTitle());
            customers.Add(new CustomerHistoryRecord
            {
                Id = planned.Id,
                RegisteredAt = planned.RegisteredAt,
                Name = name,
                OwnerId = planned.OwnerId,
                Contacts = [new ContactRecord(contactName, title, null, faker.Internet.Email())],
                Lifecycle = CustomerLifecycle.Customer,
                Level = planned.Level,
                Category = category,
                Industry = industry,
                Source = planned.Source,
                Region = planned.Region,
                AddressLine1 = line1,
                City = city,
                PostalCode = postalCode,
                Country = "United States",
            });
        }

        var interactions = history.Interactions.Select(planned => new InteractionHistoryRecord
        {
            Id = Guid.CreateVersion7(),
            CustomerId = planned.CustomerId,
            Channel = planned.Kind switch { 0 => InteractionChannel.Call, 1 => InteractionChannel.Visit, _ => InteractionChannel.Email },
            Subject = faker.PickRandom(subjects),
            OccurredAt = planned.At,
            CreatedBy = planned.OwnerId,
        }).ToList();
        return new CustomerHistory([], [], customers, interactions);
    }

    /// <summary>Acme's levels and five customers, registered now.</summary>
    public static CustomerHistory Acme(DateTimeOffset now)
    {
        (string Name, string Level, string Contact, string Email)[] rows =
        [
            ("Roadrunner Logistics", "GOLD", "Wile Coyote", "wile@roadrunner.example"),
            ("Anvil Supplies Ltd", "SILVER", "Ada Anvil", "ada@anvil.example"),
            ("Desert Rockets Inc", "GOLD", "Rocco Burns", "rocco@desertrockets.example"),
            ("Canyon Tools", "SILVER", "Cathy Canyon", "cathy@canyontools.example"),
            ("Mesa Mining Co", "SILVER", "Milo Mesa", "milo@mesamining.example"),
        ];
        return new CustomerHistory(
            [new("GOLD", "Gold", 1), new("SILVER", "Silver", 2)],
            [],
            [.. rows.Select(row => new CustomerHistoryRecord
            {
                Id = Guid.CreateVersion7(),
                RegisteredAt = now,
                Name = row.Name,
                OwnerId = "admin",
                Contacts = [new ContactRecord(row.Contact, "Purchasing", null, row.Email)],
                Level = row.Level,
                Region = "West",
                Source = "Partner",
            })],
            []);
    }
}
