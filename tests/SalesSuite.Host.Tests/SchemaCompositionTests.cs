using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SalesSuite.Host.Composition;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Host.Tests;

/// <summary>The composer stitches slices into one schema and stops start-up on a clash, naming both modules.</summary>
public sealed class SchemaCompositionTests
{
    [Fact]
    public void Two_modules_with_the_same_root_field_stop_start_up_naming_both()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Compose(
            new TestModule("Alpha", s => s.AddQueryField(StringField("hello"))),
            new TestModule("Beta", s => s.AddQueryField(StringField("hello")))));

        Assert.Contains("'Alpha'", error.Message);
        Assert.Contains("'Beta'", error.Message);
        Assert.Contains("Query.hello", error.Message);
    }

    [Fact]
    public void Two_modules_defining_the_same_type_name_stop_start_up_naming_both()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Compose(
            new TestModule("Alpha", s => s.AddType(Object("Widget"))),
            new TestModule("Beta", s => s.AddType(Object("Widget")))));

        Assert.Contains("'Alpha'", error.Message);
        Assert.Contains("'Beta'", error.Message);
        Assert.Contains("Widget", error.Message);
    }

    [Fact]
    public void A_module_extends_another_modules_type_by_name()
    {
        var schema = Compose(
            new TestModule("Alpha", s =>
            {
                s.AddType(Object("Widget"));
                s.AddQueryField(Fields.Create("widget", new GraphQLTypeReference("Widget"), _ => Task.FromResult<object?>(new object())));
            }),
            new TestModule("Beta", s => s.ExtendType("Widget", StringField("price"))));

        var widget = (IComplexGraphType)schema.AllTypes["Widget"]!;
        Assert.NotNull(widget.GetField("price"));
        Assert.Equal("Beta", widget.GetField("price")!.GetMetadata<string>(FieldMetadata.Module));
    }

    [Fact]
    public void Extending_a_missing_type_or_an_existing_field_stops_start_up()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => Compose(new TestModule("Beta", s => s.ExtendType("Nowhere", StringField("x")))));
        Assert.Contains("Nowhere", missing.Message);

        var clash = Assert.Throws<InvalidOperationException>(() => Compose(
            new TestModule("Alpha", s => s.AddType(Object("Widget"))),
            new TestModule("Beta", s => s.ExtendType("Widget", StringField("name")))));
        Assert.Contains("'Alpha'", clash.Message);
        Assert.Contains("'Beta'", clash.Message);
    }

    private static ISchema Compose(params IModule[] modules)
    {
        var services = new ServiceCollection().AddSingleton<NodeGraphType>().BuildServiceProvider();
        return new SchemaComposer(ModuleCatalog.FromModules(modules), services, NullLogger<SchemaComposer>.Instance).Compose();
    }

    private static FieldType StringField(string name) => Fields.Create(name, new StringGraphType(), _ => Task.FromResult<object?>("x"));

    private static ObjectGraphType Object(string name)
    {
        var type = new ObjectGraphType { Name = name };
        type.AddField(StringField("name"));
        return type;
    }

    private sealed class TestModule(string name, Action<ISchemaSlice> schema) : IModule
    {
        public string Name => name;

        public void AddServices(IServiceCollection services, IConfiguration configuration)
        {
        }

        public void AddSchema(ISchemaSlice slice) => schema(slice);
    }
}
