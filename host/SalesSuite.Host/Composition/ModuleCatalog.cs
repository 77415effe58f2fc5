using System.Reflection;
using System.Runtime.Loader;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Host.Composition;

public enum ModuleSource
{
    BuiltIn,
    Plugin,
}

/// <summary>A module found at start-up, or a plugin that failed to load (then <see cref="Module"/> is null).</summary>
public sealed record LoadedModule(string Name, ModuleSource Source, Assembly? Assembly, IModule? Module, string? Error)
{
    public bool Loaded => Module is not null;
}

/// <summary>
/// Finds modules by scanning: the host's own dependencies (built-in modules) and the assemblies in the plugins
/// folder, each plugin in its own load context that shares the contract assemblies with the host.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly List<LoadedModule> _modules;

    private ModuleCatalog(List<LoadedModule> modules) => _modules = modules;

    public IReadOnlyList<LoadedModule> Modules => _modules;

    public IEnumerable<IModule> Active => Modules.Where(m => m.Module is not null).Select(m => m.Module!).ToList();

    public bool IsPlugin(IModule module) => _modules.Any(m => ReferenceEquals(m.Module, module) && m.Source == ModuleSource.Plugin);

    /// <summary>Takes a plugin out after it failed while registering its services or its schema slice.</summary>
    public void MarkFailed(IModule module, Exception error)
    {
        var index = _modules.FindIndex(m => ReferenceEquals(m.Module, module));
        if (index >= 0)
        {
            _modules[index] = _modules[index] with { Module = null, Error = error.Message };
        }
    }

    public IEnumerable<Assembly> Assemblies => Modules.Where(m => m.Module is not null).Select(m => m.Assembly!).Distinct();

    /// <summary>A catalog of given modules (tests, tools).</summary>
    public static ModuleCatalog FromModules(IEnumerable<IModule> modules) =>
        new(modules.Select(m => new LoadedModule(m.Name, ModuleSource.BuiltIn, m.GetType().Assembly, m, null)).ToList());

    public static ModuleCatalog Discover(string? pluginsPath, Action<string, Exception> reportFailure)
    {
        var found = new List<LoadedModule>();
        var builtIn = new ServiceCollection();
        builtIn.Scan(scan => scan
            .FromApplicationDependencies(a => IsBuiltInModuleAssembly(a.GetName().Name))
            .AddClasses(c => c.AssignableTo<IModule>(), publicOnly: false)
            .As<IModule>()
            .WithSingletonLifetime());
        foreach (var type in builtIn.Select(d => d.ImplementationType!).Distinct())
        {
            var module = (IModule)Activator.CreateInstance(type, nonPublic: true)!;
            found.Add(new LoadedModule(module.Name, ModuleSource.BuiltIn, type.Assembly, module, null));
        }

        foreach (var path in PluginAssemblies(pluginsPath, reportFailure))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            try
            {
                if (IsProvidedByHost(path))
                {
                    // A copy of an assembly the host already has (the shared kernel, GraphQL, ...) beside a plugin: not a module.
                    continue;
                }

                var context = new PluginLoadContext(path);
                var assembly = context.LoadFromAssemblyPath(path);
                var plugin = new ServiceCollection();
                plugin.Scan(scan => scan.FromAssemblies(assembly)
                    .AddClasses(c => c.AssignableTo<IModule>(), publicOnly: false)
                    .As<IModule>()
                    .WithSingletonLifetime());
                var types = plugin.Select(d => d.ImplementationType!).Distinct().ToList();
                if (types.Count == 0)
                {
                    throw new InvalidOperationException($"The plugin assembly '{name}' contains no IModule implementation.");
                }

                foreach (var type in types)
                {
                    var module = (IModule)Activator.CreateInstance(type, nonPublic: true)!;
                    found.Add(new LoadedModule(module.Name, ModuleSource.Plugin, assembly, module, null));
                }
            }
            catch (Exception ex)
            {
                reportFailure(name, ex);
                found.Add(new LoadedModule(name, ModuleSource.Plugin, null, null,
                    ex is ReflectionTypeLoadException ? "its types could not be loaded" : ex.Message));
            }
        }

        var duplicate = found.Where(m => m.Loaded).GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Two modules are named '{duplicate.Key}': {string.Join(" and ", duplicate.Select(m => m.Assembly!.GetName().Name))}.");
        }

        return new ModuleCatalog(found.OrderBy(m => m.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>Built-in modules ship as <c>SalesSuite.Modules.X</c> assemblies beside the host.</summary>
    private static bool IsBuiltInModuleAssembly(string? name) =>
        name is not null && name.StartsWith("SalesSuite.Modules.", StringComparison.Ordinal)
        && !name.EndsWith(".Contracts", StringComparison.Ordinal) && !name.EndsWith(".Tests", StringComparison.Ordinal);

    /// <summary><c>plugins/X.dll</c>, or <c>plugins/X/X.dll</c> beside its own dependencies.</summary>
    private static bool IsProvidedByHost(string path)
    {
        var name = AssemblyName.GetAssemblyName(path);
        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name.Name!)) is not null;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    private static IEnumerable<string> PluginAssemblies(string? pluginsPath, Action<string, Exception> reportFailure)
    {
        if (string.IsNullOrWhiteSpace(pluginsPath))
        {
            yield break;
        }

        if (!Directory.Exists(pluginsPath))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(pluginsPath, "*.dll").Order(StringComparer.Ordinal))
        {
            yield return Path.GetFullPath(file);
        }

        foreach (var directory in Directory.EnumerateDirectories(pluginsPath).Order(StringComparer.Ordinal))
        {
            var main = Path.Combine(directory, Path.GetFileName(directory) + ".dll");
            if (File.Exists(main))
            {
                yield return Path.GetFullPath(main);
            }
            else
            {
                reportFailure(Path.GetFileName(directory), new FileNotFoundException(
                    $"The plugin folder '{Path.GetFileName(directory)}' has no '{Path.GetFileName(main)}': a plugin folder is named after its main assembly."));
            }
        }
    }

    /// <summary>
    /// Loads a plugin and its private dependencies; anything the host already has (the shared kernel, GraphQL,
    /// EF Core, other modules' contracts) comes from the host, so that types are shared, not duplicated.
    /// </summary>
    private sealed class PluginLoadContext(string mainAssemblyPath)
        : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            try
            {
                var shared = Default.LoadFromAssemblyName(assemblyName);
                if (shared is not null)
                {
                    return null;
                }
            }
            catch (FileNotFoundException)
            {
            }

            var path = _resolver.ResolveAssemblyToPath(assemblyName)
                ?? Path.Combine(Path.GetDirectoryName(mainAssemblyPath)!, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
        {
            var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
            return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
        }
    }
}
