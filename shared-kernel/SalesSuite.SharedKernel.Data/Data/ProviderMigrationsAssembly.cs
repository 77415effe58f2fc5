using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// A module keeps one migration set per provider in the namespaces <c>*.Migrations.Sqlite</c>, <c>*.Migrations.Postgres</c>
/// and <c>*.Migrations.SqlServer</c> of its own assembly (the audit context: of the host, see <see cref="MigrationsLocation"/>);
/// this picks the set of the provider in use from the context's migrations assembly.
/// </summary>
internal sealed class ProviderMigrationsAssembly : IMigrationsAssembly
{
    private readonly Type _contextType;
    private readonly string _namespaceSuffix;
    private readonly Lazy<IReadOnlyDictionary<string, TypeInfo>> _migrations;
    private readonly Lazy<ModelSnapshot?> _snapshot;

    public ProviderMigrationsAssembly(ICurrentDbContext currentContext, IDbContextOptions options)
    {
        _contextType = currentContext.Context.GetType();
        var assemblyName = RelationalOptionsExtension.Extract(options).MigrationsAssembly;
        Assembly = assemblyName is null ? _contextType.Assembly : Assembly.Load(new AssemblyName(assemblyName));
        var provider = DatabaseProviders.FromEfProviderName(currentContext.Context.Database.ProviderName);
        _namespaceSuffix = NamespaceSuffix(provider);
        _migrations = new Lazy<IReadOnlyDictionary<string, TypeInfo>>(FindMigrations);
        _snapshot = new Lazy<ModelSnapshot?>(FindSnapshot);
    }

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations.Value;

    public ModelSnapshot? ModelSnapshot => _snapshot.Value;

    public Assembly Assembly { get; }

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    /// <summary>
    /// The ids of the migrations <paramref name="assembly"/> ships for <paramref name="contextType"/> and the provider, in order;
    /// read without a DbContext.
    /// </summary>
    public static IReadOnlyList<string> ShippedIds(Assembly assembly, Type contextType, DatabaseProvider provider) =>
        [.. Find(assembly, contextType, NamespaceSuffix(provider)).Keys];

    private static string NamespaceSuffix(DatabaseProvider provider) => ".Migrations." + provider;

    private static bool Belongs(Type type, Type contextType, string namespaceSuffix) =>
        type.Namespace is { } ns && ns.EndsWith(namespaceSuffix, StringComparison.Ordinal)
        && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType;

    private bool Belongs(Type type) => Belongs(type, _contextType, _namespaceSuffix);

    private IReadOnlyDictionary<string, TypeInfo> FindMigrations() => Find(Assembly, _contextType, _namespaceSuffix);

    private static SortedList<string, TypeInfo> Find(Assembly assembly, Type contextType, string namespaceSuffix)
    {
        var result = new SortedList<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract && Belongs(t, contextType, namespaceSuffix)))
        {
            var id = type.GetCustomAttribute<MigrationAttribute>()?.Id;
            if (id is not null)
            {
                result.Add(id, type.GetTypeInfo());
            }
        }

        return result;
    }

    private ModelSnapshot? FindSnapshot()
    {
        var type = Assembly.GetTypes().FirstOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && !t.IsAbstract && Belongs(t));
        return type is null ? null : (ModelSnapshot)Activator.CreateInstance(type)!;
    }
}
