namespace SalesSuite.SharedKernel.Errors;

/// <summary>
/// A command (<c>restore</c>, <c>backup</c>) refused its input before changing anything. The host prints one line,
/// e.g. <c>Restore refused: problem</c>, with <see cref="ExitCode"/>; <see cref="Exception.Message"/> names the
/// problem and what to do, and never quotes the input's contents.
/// </summary>
public sealed class CommandRefusal(string problem, int exitCode = 1, Exception? inner = null) : Exception(problem, inner)
{
    /// <summary>Exit code for bad usage (a missing option): 2.</summary>
    public const int Usage = 2;

    /// <summary>1 for input the command refuses, <see cref="Usage"/> for a command line it cannot run.</summary>
    public int ExitCode { get; } = exitCode;
}
