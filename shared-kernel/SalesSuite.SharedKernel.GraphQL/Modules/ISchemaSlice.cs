using GraphQL;
using GraphQL.Types;

namespace SalesSuite.SharedKernel.Modules;

/// <summary>Resolves a node by its (already decoded) id for <c>node(id:)</c>; returns null when not found or not visible.</summary>
public delegate Task<object?> NodeResolver(IResolveFieldContext context, Guid id);

/// <summary>Resolves many nodes of one type at once for <c>nodes(ids:)</c>: one query for all of them; ids not found or not visible are left out.</summary>
public delegate Task<IReadOnlyDictionary<Guid, object>> NodesResolver(IResolveFieldContext context, IReadOnlyCollection<Guid> ids);

/// <summary>What a module contributes to the one GraphQL schema. The host composes all slices once, at start-up.</summary>
public interface ISchemaSlice
{
    string ModuleName { get; }

    void AddQueryField(FieldType field);

    void AddMutationField(FieldType field);

    /// <summary>A root field of <c>Subscription</c> (see <c>LiveChanges</c>): its stream resolver decides, per committed event, whether the
    /// subscriber gets it.</summary>
    void AddSubscriptionField(FieldType field);

    /// <summary>Registers a graph type class owned by this module (the host registered it in DI by scanning).</summary>
    void AddType<TGraphType>() where TGraphType : IGraphType;

    /// <summary>Registers a type instance built at composition time (generated inputs, enums).</summary>
    void AddType(IGraphType type);

    /// <summary>Adds a field to a type owned by another module, known only by its GraphQL name.</summary>
    void ExtendType(string typeName, FieldType field);

    /// <summary>Makes objects of <paramref name="typeName"/> reachable through <c>node(id:)</c>.</summary>
    void AddNodeResolver(string typeName, NodeResolver resolver);

    /// <summary>
    /// Makes objects of <paramref name="typeName"/> reachable through <c>node(id:)</c> and lets <c>nodes(ids:)</c> load all ids of the
    /// type in one query (prefer this to <see cref="AddNodeResolver"/> for types that clients fetch in bulk).
    /// </summary>
    void AddNodesResolver(string typeName, NodesResolver resolver);

    /// <summary>
    /// Returns the schema-wide instance of a type shared by several modules (filter operation inputs, enums),
    /// creating it on first use, so that one name always means one type.
    /// </summary>
    TGraphType Shared<TGraphType>(string name, Func<TGraphType> create) where TGraphType : IGraphType;
}

/// <summary>Finds any object by its global id through the module that owns its type (what <c>node(id:)</c> uses).</summary>
public interface INodeLookup
{
    /// <summary>The object and the name of its module; null when the id is not valid, unknown or not visible.</summary>
    Task<(object Node, string Module)?> FindAsync(IResolveFieldContext context, string globalId);
}
