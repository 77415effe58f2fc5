using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Configuration;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Host;

/// <summary>
/// Why the host could not start (or stopped, or a command failed), in one line on stderr with exit code 1: a
/// configuration mistake as <c>Configuration error: Setting: problem</c>, input a command refuses as
/// <c>Restore refused: problem</c> (<see cref="CommandRefusal"/>; exit code 2 and <c>Usage error: ...</c> for a command
/// line it cannot run), anything else with its messages. The exception with its stack trace is logged at Debug only
/// (<c>Logging:LogLevel:SalesSuite.Host=Debug</c>).
/// </summary>
internal static class StartupFailure
{
    public static async Task<int> ReportAsync(Exception error, string command, bool started, IConfiguration? configuration)
    {
        await Console.Error.WriteLineAsync(Describe(error, command, started));
        LogDebug(error, configuration);
        return Find<CommandRefusal>(error)?.ExitCode ?? 1;
    }

    public static string Describe(Exception error, string command, bool started)
    {
        if (Find<CommandRefusal>(error) is { } refusal)
        {
            var title = refusal.ExitCode == CommandRefusal.Usage ? "Usage error" : command switch
            {
                "restore" => "Restore refused",
                "backup" => "Backup refused",
                "backup --verify" => "Backup check failed",
                _ => $"The {command} command refused",
            };
            return $"{title}: {OneLine(refusal.Message).TrimEnd('.')}.";
        }

        if (Find<ConfigurationError>(error) is { } configurationError)
        {
            return "Configuration error: " + OneLine(configurationError.Message);
        }

        if (Find<OptionsValidationException>(error) is { } invalidOptions)
        {
            return "Configuration error: " + OneLine(invalidOptions.Failures.FirstOrDefault() ?? invalidOptions.Message);
        }

        var what = command switch
        {
            "serve" when started => "The host stopped on an error",
            "serve" => "Start-up failed",
            _ => $"The {command} command failed",
        };
        var hint = Find<AddressInUseException>(error) is not null
            ? " Choose another port (--urls, ASPNETCORE_URLS) or stop the program that listens on it."
            : "";
        return $"{what}: {Summary(error)}{hint}";
    }

    /// <summary>The messages of the exception and of its inner exceptions that add something, in one line.</summary>
    private static string Summary(Exception error)
    {
        var parts = new List<string>();
        for (Exception? e = Unwrap(error); e is not null && parts.Count < 4; e = Unwrap(e.InnerException))
        {
            var message = OneLine(e.Message).TrimEnd('.');
            if (message.Length > 0 && !parts.Any(p => p.Contains(message, StringComparison.OrdinalIgnoreCase)))
            {
                parts.Add(message);
            }
        }

        return string.Join(": ", parts) + ".";
    }

    private static Exception? Unwrap(Exception? error) =>
        error is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : error;

    private static T? Find<T>(Exception? error) where T : Exception
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }

            if (e is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(Find<T>).FirstOrDefault(f => f is not null);
            }
        }

        return null;
    }

    private static void LogDebug(Exception error, IConfiguration? configuration)
    {
        // A logger of its own: commands have none, and the server's may not have been built. Disposing it flushes.
        using var loggers = LoggerFactory.Create(logging =>
        {
            if (configuration is not null)
            {
                logging.AddConfiguration(configuration.GetSection("Logging"));
            }

            logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        loggers.CreateLogger(typeof(StartupFailure).FullName!).LogDebug(error, "The failure above, in full");
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
