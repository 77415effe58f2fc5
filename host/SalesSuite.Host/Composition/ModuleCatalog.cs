using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;
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
    private ModuleCatalog(IReadOnlyList<LoadedModule> modules) => Modules = modules;

    public IReadOnlyList<LoadedModule> Modules { get; }

    public IEnumerable<IModule> Active => Modules.Where(m => m.Module is not null).Select(m => m.Module!);

    public IEnumerable<Assembly> Assemblies => Modules.Where(m => m.Module is not null).Select(m => m.Assembly!).Distinct();

    public static ModuleCatalog Discover(string? pluginsPath, Action<string, Exception> reportFailure)
    {
        var found = new List<LoadedModule>();
        var builtIn = new ServiceCollection();
        builtIn.Scan(scan => scan
            .FromApplicationDependencies(a => a.GetName().Name?.StartsWith("SalesSuite.", StringComparison.Ordinal) == true)
            .AddClasses(c => c.AssignableTo<IModule>(), publicOnly: false)
            .As<IModule>()
            .WithSingletonLifetime());
        foreach (var type in builtIn.Select(d => d.ImplementationType!).Distinct())
        {
            var module = (IModule)Activator.CreateInstance(type, nonPublic: true)!;
            found.Add(new LoadedModule(module.Name, ModuleSource.BuiltIn, type.Assembly, module, null));
        }

        foreach (var path in PluginAssemblies(pluginsPath))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            try
            {
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
                found.Add(new LoadedModule(name, ModuleSource.Plugin, null, null, ex is ReflectionTypeLoadException ? "its types could not be loaded" : ex.Message));
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

    /// <summary><c>plugins/X.dll</c>, or <c>plugins/X/X.dll</c> beside its own dependencies.</summary>
    private static IEnumerable<string> PluginAssemblies(string? pluginsPath)
    {
        if (string.IsNullOrWhiteSpace(pluginsPath) || !Directory.Exists(pluginsPath))
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
