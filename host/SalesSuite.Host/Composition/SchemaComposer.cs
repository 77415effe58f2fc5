using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Resolvers;
using GraphQL.Types;
using SalesSuite.Host.Api;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Composition;

/// <summary>
/// Builds the one schema, once, from every module's slice: empty roots, the modules' types, their root fields,
/// then the extensions of other modules' types by name, then <c>Initialize()</c>. A clash stops start-up.
/// </summary>
public sealed class SchemaComposer(ModuleCatalog catalog, IServiceProvider services, ILogger<SchemaComposer> logger) : INodeLookup, IDeniableFields
{
    private readonly SortedDictionary<string, SortedSet<string>> _deniable = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (IGraphType Type, string Owner)> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _queryOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mutationOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _subscriptionOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IGraphType> _shared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (NodeResolver Resolver, NodesResolver? Many, string Module)> _nodes = new(StringComparer.Ordinal);

    private IServiceProvider Services => services;

    public ISchema Compose()
    {
        var schema = new Schema(new GraphTypeActivator(services));
        var query = new ObjectGraphType { Name = "Query" };
        var mutation = new ObjectGraphType { Name = "Mutation" };
        schema.Query = query;
        schema.Mutation = mutation;
        var subscription = new ObjectGraphType { Name = "Subscription" };
        schema.Subscription = subscription;
        var node = services.GetRequiredService<NodeGraphType>();
        schema.RegisterType(node);
        _types["Node"] = (node, "host");

        var slices = new List<Slice>();
        foreach (var module in catalog.Active)
        {
            var slice = new Slice(module.Name, this);
            try
            {
                module.AddSchema(slice);
            }
            catch (Exception ex) when (catalog.IsPlugin(module))
            {
                logger.LogError(ex, "Plugin {Plugin} failed to build its schema slice and is left out", module.Name);
                catalog.MarkFailed(module, ex);
                continue;
            }

            slices.Add(slice);
        }

        foreach (var slice in slices)
        {
            foreach (var type in slice.Types)
            {
                Claim(type.Name, type, slice.ModuleName);
                schema.RegisterType(type);
            }

            foreach (var field in slice.QueryFields)
            {
                AddRootField(query, field, slice.ModuleName, _queryOwners);
            }

            foreach (var field in slice.MutationFields)
            {
                AddRootField(mutation, field, slice.ModuleName, _mutationOwners);
            }

            foreach (var field in slice.SubscriptionFields)
            {
                AddRootField(subscription, field, slice.ModuleName, _subscriptionOwners);
            }

            foreach (var (typeName, resolver, many) in slice.NodeResolvers)
            {
                if (_nodes.TryGetValue(typeName, out var existing))
                {
                    throw new InvalidOperationException($"Modules '{existing.Module}' and '{slice.ModuleName}' both resolve nodes of type '{typeName}'.");
                }

                _nodes[typeName] = (resolver, many, slice.ModuleName);
            }
        }

        foreach (var type in _shared.Values)
        {
            schema.RegisterType(type);
        }

        foreach (var slice in slices)
        {
            foreach (var (typeName, field) in slice.Extensions)
            {
                if (!_types.TryGetValue(typeName, out var target) || target.Type is not IComplexGraphType complex)
                {
                    throw new InvalidOperationException($"Module '{slice.ModuleName}' extends type '{typeName}', which no loaded module defines.");
                }

                if (complex.HasField(field.Name))
                {
                    throw new InvalidOperationException(
                        $"Module '{slice.ModuleName}' adds field '{typeName}.{field.Name}', which module '{target.Owner}' already defines.");
                }

                field.WithMetadata(FieldMetadata.Module, slice.ModuleName);
                DefaultPermission(field, slice.ModuleName, "read");
                complex.AddField(field);
            }
        }

        AddHostFields(query);
        if (mutation.Fields.Count == 0)
        {
            schema.Mutation = null;
        }

        if (subscription.Fields.Count == 0)
        {
            schema.Subscription = null;
        }

        schema.FieldMiddleware.Use(new DeniedFieldMiddleware());
        schema.Initialize();
        schema.ReplaceScalar(new ExactDecimalGraphType()); // decimal strings too, for exact money from JavaScript clients
        CatalogueDeniableFields(schema);
        logger.LogInformation("GraphQL schema composed from modules {Modules}", string.Join(", ", slices.Select(s => s.ModuleName)));
        return schema;
    }

    public IReadOnlyList<string> All => [.. _deniable.Keys];

    public IReadOnlyList<string> CoveredBy(string deniable) => _deniable.TryGetValue(deniable, out var covered) ? [.. covered] : [];

    /// <summary>
    /// Collects the fields a role can be denied and what each denial covers (<see cref="FieldDenial"/>), and stops start-up
    /// when such a field is non-null (its denial would null its parent, up to the whole response) or is derived from a field
    /// no module marks deniable. Adds the note on denial to each one's description.
    /// </summary>
    private void CatalogueDeniableFields(ISchema schema)
    {
        var fields = schema.AllTypes.OfType<IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => (Type: t.Name, Field: f))).ToList();
        foreach (var (type, field) in fields.Where(f => FieldDenial.IsDeniable(f.Field)))
        {
            _deniable[type + "." + field.Name] = new SortedSet<string>(StringComparer.Ordinal);
        }

        foreach (var (type, field) in fields.Where(f => FieldDenial.CanBeDenied(f.Field)))
        {
            var name = type + "." + field.Name;
            if (field.ResolvedType is NonNullGraphType)
            {
                throw new InvalidOperationException($"{name} can be denied to a role, so it must be nullable: a denied non-null field would null its parent.");
            }

            foreach (var source in FieldDenial.SourcesOf(field))
            {
                if (!_deniable.TryGetValue(source, out var covered))
                {
                    throw new InvalidOperationException($"{name} is derived from {source}, which is not a deniable field of the schema.");
                }

                covered.Add(name);
            }

            var note = FieldDenial.Note(field);
            if (field.Description?.EndsWith(note, StringComparison.Ordinal) != true)
            {
                field.Description = string.IsNullOrEmpty(field.Description) ? note : field.Description.TrimEnd() + " " + note;
            }
        }
    }

    private void Claim(string name, IGraphType type, string module)
    {
        if (_types.TryGetValue(name, out var existing) && !ReferenceEquals(existing.Type, type))
        {
            throw new InvalidOperationException($"Modules '{existing.Owner}' and '{module}' both define the GraphQL type '{name}'.");
        }

        _types[name] = (type, module);
    }

    private static void AddRootField(ObjectGraphType root, FieldType field, string module, Dictionary<string, string> owners)
    {
        if (owners.TryGetValue(field.Name, out var owner))
        {
            throw new InvalidOperationException($"Modules '{owner}' and '{module}' both define the root field {root.Name}.{field.Name}.");
        }

        owners[field.Name] = module;
        field.WithMetadata(FieldMetadata.Module, module);
        DefaultPermission(field, module, root.Name == "Mutation" ? "write" : "read");
        root.AddField(field);
    }

    /// <summary>A module's fields need <c>module.read</c> (queries, extensions) or <c>module.write</c> (mutations) unless they say otherwise.</summary>
    private static void DefaultPermission(FieldType field, string module, string access)
    {
        if (field.GetMetadata<string?>(PermissionMetadata.Key) is null)
        {
            field.WithMetadata(PermissionMetadata.Key, module.ToLowerInvariant() + "." + access);
        }
    }

    private void AddHostFields(ObjectGraphType query)
    {
        var nodeType = _types["Node"].Type;
        query.AddField(new FieldType
        {
            Name = "node",
            Description = "Fetches any object by its global id; null when it does not exist or is not visible to you.",
            ResolvedType = nodeType,
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "id" }),
            Resolver = new FuncFieldResolver<object?>(ctx => new ValueTask<object?>(ResolveNode(ctx, ctx.GetArgument<string>("id")))),
        });
        query.AddField(new FieldType
        {
            Name = "nodes",
            Description = "Fetches several objects by their global ids, in the order given (null for each one not found).",
            ResolvedType = new NonNullGraphType(new ListGraphType(nodeType)),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(new IdGraphType())))) { Name = "ids" }),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > 100)
                {
                    throw new AppException(ErrorCodes.Validation, "ids may hold at most 100 ids.", [new FieldError("ids", "may hold at most 100 ids.")]);
                }

                return await ResolveNodes(ctx, ids);
            }),
        });

        var moduleType = new ObjectGraphType { Name = "ModuleInfo", Description = "A module loaded by the host." };
        moduleType.AddField(new FieldType
        {
            Name = "name",
            ResolvedType = new NonNullGraphType(new StringGraphType()),
            Resolver = new FuncFieldResolver<object?>(c => ((ModuleView)c.Source!).Name)
        });
        moduleType.AddField(new FieldType
        {
            Name = "source",
            Description = "BUILT_IN or PLUGIN.",
            ResolvedType = new NonNullGraphType(new StringGraphType()),
            Resolver = new FuncFieldResolver<object?>(c => ((ModuleView)c.Source!).Source)
        });
        moduleType.AddField(new FieldType
        {
            Name = "loaded",
            ResolvedType = new NonNullGraphType(new BooleanGraphType()),
            Resolver = new FuncFieldResolver<object?>(c => ((ModuleView)c.Source!).Loaded)
        });
        moduleType.AddField(new FieldType
        {
            Name = "enabled",
            Description = "Enabled for your tenant.",
            ResolvedType = new NonNullGraphType(new BooleanGraphType()),
            Resolver = new FuncFieldResolver<object?>(c => ((ModuleView)c.Source!).Enabled)
        });
        moduleType.AddField(new FieldType
        {
            Name = "error",
            Description = "Why a plugin failed to load (shown to administrators only).",
            ResolvedType = new StringGraphType(),
            Resolver = new FuncFieldResolver<object?>(c => ((ModuleView)c.Source!).Error is { } error
                ? c.RequestServices!.GetRequiredService<ICurrentAccess>().Grant?.Has("permissions.manage") == true ? error : "failed to load"
                : null),
        });
        query.AddField(new FieldType
        {
            Name = "modules",
            Description = "The modules the host loaded, and whether each is enabled for your tenant.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(moduleType))),
            Resolver = new FuncFieldResolver<object?>(ctx =>
            {
                var tenant = ctx.RequestServices!.GetRequiredService<ITenantContext>().Tenant;
                return catalog.Modules.Select(m => new ModuleView(
                    m.Name,
                    m.Source == ModuleSource.BuiltIn ? "BUILT_IN" : "PLUGIN",
                    m.Loaded,
                    m.Loaded && tenant.IsModuleEnabled(m.Name),
                    m.Error)).ToList();
            }),
        });
    }

    public async Task<(object Node, string Module)?> FindAsync(IResolveFieldContext context, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var guid) || !_nodes.TryGetValue(typeName, out var node))
        {
            return null;
        }

        var found = await node.Resolver(context, guid);
        return found is null ? null : (found, node.Module);
    }

    private async Task<object?> ResolveNode(IResolveFieldContext context, string id)
    {
        var (typeName, guid) = Decode(id);
        return Readable(context, typeName) ? await _nodes[typeName].Resolver(context, guid) : null;
    }

    /// <summary>In the order given; the ids of a type whose module registered a <see cref="NodesResolver"/> load in one query per type.</summary>
    private async Task<List<object?>> ResolveNodes(IResolveFieldContext context, IReadOnlyList<string> ids)
    {
        var decoded = ids.Select(Decode).ToList();
        var found = new Dictionary<(string Type, Guid Id), object?>();
        foreach (var group in decoded.Distinct().GroupBy(d => d.TypeName, StringComparer.Ordinal))
        {
            var node = _nodes[group.Key];
            if (!Readable(context, group.Key))
            {
                continue;
            }

            if (node.Many is { } many)
            {
                var loaded = await many(context, group.Select(d => d.Id).ToList());
                foreach (var (typeName, id) in group)
                {
                    found[(typeName, id)] = loaded.GetValueOrDefault(id);
                }
            }
            else
            {
                foreach (var (typeName, id) in group)
                {
                    found[(typeName, id)] = await node.Resolver(context, id);
                }
            }
        }

        return decoded.Select(d => found.GetValueOrDefault(d)).ToList();
    }

    private (string TypeName, Guid Id) Decode(string id) =>
        GlobalId.TryDecode(id, out var typeName, out var guid) && _nodes.ContainsKey(typeName)
            ? (typeName, guid)
            : throw new AppException(ErrorCodes.Validation, $"'{id}' is not a valid id.", [new FieldError("id", "is not a valid id.")]);

    /// <summary>False when the caller may not read the type's module; a module disabled for the tenant is an error.</summary>
    private bool Readable(IResolveFieldContext context, string typeName)
    {
        var module = _nodes[typeName].Module;
        var tenant = context.RequestServices!.GetRequiredService<ITenantContext>().Tenant;
        if (!tenant.IsModuleEnabled(module))
        {
            throw new AppException(ErrorCodes.ModuleDisabled, $"The module '{module}' is disabled for this tenant.");
        }

        var grant = context.RequestServices!.GetRequiredService<ICurrentAccess>().Grant;
        return grant is not null && grant.Has(module.ToLowerInvariant() + ".read");
    }

    private sealed record ModuleView(string Name, string Source, bool Loaded, bool Enabled, string? Error);

    private sealed class Slice(string moduleName, SchemaComposer composer) : ISchemaSlice
    {
        public string ModuleName => moduleName;

        public List<IGraphType> Types { get; } = [];

        public List<FieldType> QueryFields { get; } = [];

        public List<FieldType> MutationFields { get; } = [];

        public List<FieldType> SubscriptionFields { get; } = [];

        public List<(string TypeName, FieldType Field)> Extensions { get; } = [];

        public List<(string TypeName, NodeResolver Resolver, NodesResolver? Many)> NodeResolvers { get; } = [];

        public void AddQueryField(FieldType field) => QueryFields.Add(field);

        public void AddMutationField(FieldType field) => MutationFields.Add(field);

        public void AddSubscriptionField(FieldType field) => SubscriptionFields.Add(field);

        public void AddType<TGraphType>() where TGraphType : IGraphType =>
            Types.Add((IGraphType)composer.Services.GetRequiredService(typeof(TGraphType)));

        public void AddType(IGraphType type) => Types.Add(type);

        public void ExtendType(string typeName, FieldType field) => Extensions.Add((typeName, field));

        public void AddNodeResolver(string typeName, NodeResolver resolver) => NodeResolvers.Add((typeName, resolver, null));

        public void AddNodesResolver(string typeName, NodesResolver resolver) =>
            NodeResolvers.Add((typeName, async (context, id) => (await resolver(context, [id])).GetValueOrDefault(id), resolver));

        public TGraphType Shared<TGraphType>(string name, Func<TGraphType> create) where TGraphType : IGraphType
        {
            if (!composer._shared.TryGetValue(name, out var type))
            {
                type = create();
                composer._shared[name] = type;
            }

            return (TGraphType)type;
        }
    }

    /// <summary>Graph types come from DI (modules' types are registered by scanning); wrapper and generic types are created on demand.</summary>
    private sealed class GraphTypeActivator(IServiceProvider inner) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            inner.GetService(serviceType)
            ?? (typeof(IGraphType).IsAssignableFrom(serviceType) && !serviceType.IsAbstract
                ? ActivatorUtilities.CreateInstance(inner, serviceType)
                : null);
    }
}
