using SalesSuite.ArchitectureTests.Planted.CrossModule.Fake;
using SalesSuite.ArchitectureTests.Planted.CrossModule.Fake.Contracts;
using SalesSuite.Modules.Customers;

namespace SalesSuite.ArchitectureTests.Planted.CrossModule.Fake
{
    internal sealed class FakeRepository
    {
        public int Count { get; init; }
    }
}

namespace SalesSuite.ArchitectureTests.Planted.CrossModule.Fake.Contracts
{
    public sealed record FakeCreated(Guid Id);

    /// <summary>Violation: a contract that exposes its module's internals.</summary>
    internal sealed record LeakyContract(FakeRepository Repository);
}

namespace SalesSuite.ArchitectureTests.Planted.CrossModule.Consumer
{
    /// <summary>Allowed: another module's contracts, even though their namespace starts with that module's.</summary>
    internal sealed class UsesFakeContracts
    {
        public FakeCreated? LastEvent { get; set; }
    }

    /// <summary>Violation: another module's internals.</summary>
    internal sealed class UsesFakeInternals
    {
        public int Count(FakeRepository repository) => repository.Count;
    }

    /// <summary>Violation: a real module's implementation type.</summary>
    internal sealed class UsesCustomersModule
    {
        public string Name { get; } = new CustomersModule().Name;
    }
}
