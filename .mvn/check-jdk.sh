#!/bin/sh
# Called by ./mvnw before Maven starts: the build compiles and tests with a JDK 21 or newer,
# which Maven's toolchains plugin finds by itself (Maven itself may run on Java 17). When no
# such JDK is installed, say so plainly here rather than in a toolchain stack trace.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
for candidate in "${JAVA_HOME:-}" "${JDK_HOME:-}" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
  "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.asdf/installs/java/* \
  /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then
    major=$(java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      exit 0
    fi
  fi
done
if command -v javac >/dev/null 2>&1; then
  major=$(java_major java)
  if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
    exit 0
  fi
fi
cat >&2 <<'MSG'
[ERROR] No JDK 21 or newer was found on this machine.
        The Dorset Education Platform builds and runs on Java 21+. Install a JDK 21 (or newer), for example:
          Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk     (or Temurin 21 from adoptium.net)
          macOS:          brew install --cask temurin@21
          SDKMAN:         sdk install java 21-tem
        Maven itself may keep running on Java 17: the build finds the newer JDK in the usual places
        (/usr/lib/jvm, ~/.sdkman, ~/.jdks, /Library/Java/JavaVirtualMachines) or through JAVA_HOME.
MSG
exit 1
