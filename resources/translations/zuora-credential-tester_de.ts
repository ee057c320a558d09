<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuthMethod</name>
    <message>
        <location filename="../../src/core/AuthMethod.cpp" line="+58"/>
        <source>Session login (user name and password)</source>
        <translation>Sitzungsanmeldung (Benutzername und Passwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client credentials (client id and secret)</source>
        <translation>OAuth-Client-Zugangsdaten (Client-ID und Client-Secret)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOAP login() (user name and password)</source>
        <translation>SOAP login() (Benutzername und Passwort)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session login</source>
        <translation>Sitzungsanmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth token</source>
        <translation>OAuth-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOAP login</source>
        <translation>SOAP-Anmeldung</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../../ui/BatchWindow.ui"/>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <location/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location/>
        <source>Cancel the run</source>
        <translation>Den Testlauf abbrechen</translation>
    </message>
    <message>
        <location/>
        <source>Show &amp;failures only</source>
        <translation>Nur &amp;Fehlschläge anzeigen</translation>
    </message>
    <message>
        <location/>
        <source>Show failures only</source>
        <translation>Nur Fehlschläge anzeigen</translation>
    </message>
    <message>
        <location/>
        <source>Filter by profile</source>
        <translation>Nach Profil filtern</translation>
    </message>
    <message>
        <location/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location/>
        <source>Double-click or press Enter on a row to open that profile&apos;s full result</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um das vollständige Ergebnis dieses Profils zu öffnen</translation>
    </message>
    <message>
        <location/>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <location/>
        <source>Export the results as CSV</source>
        <translation>Die Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <location/>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren …</translation>
    </message>
    <message>
        <location/>
        <source>Export the results as JSON</source>
        <translation>Die Ergebnisse als JSON exportieren</translation>
    </message>
    <message>
        <location/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location/>
        <source>Set &amp;secret…</source>
        <translation>&amp;Geheimnis festlegen …</translation>
    </message>
    <message>
        <location/>
        <source>Give the selected profile its secret (it had none), then test it again</source>
        <translation>Dem ausgewählten Profil sein Geheimnis geben (es hatte keines) und es dann erneut testen</translation>
    </message>
    <message>
        <location/>
        <source>Set the secret of the selected profile</source>
        <translation>Das Geheimnis des ausgewählten Profils festlegen</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <location filename="../../ui/CertificateView.ui"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location/>
        <source>Negotiated protocol and cipher</source>
        <translation>Ausgehandeltes Protokoll und Cipher-Suite</translation>
    </message>
    <message>
        <location/>
        <source>Trust:</source>
        <translation>Vertrauen:</translation>
    </message>
    <message>
        <location/>
        <source>How the chain was trusted</source>
        <translation>Wie der Zertifikatskette vertraut wurde</translation>
    </message>
    <message>
        <location/>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <location/>
        <source>When the server certificate expires</source>
        <translation>Wann das Serverzertifikat abläuft</translation>
    </message>
    <message>
        <location/>
        <source>Certificate chain, server certificate first</source>
        <translation>Zertifikatskette, Serverzertifikat zuerst</translation>
    </message>
    <message>
        <location/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location/>
        <source>Selected certificate</source>
        <translation>Ausgewähltes Zertifikat</translation>
    </message>
    <message>
        <location/>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location/>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <location/>
        <source>Subject alternative names</source>
        <translation>Alternative Namen des Inhabers</translation>
    </message>
    <message>
        <location/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location/>
        <source>Valid from, UTC</source>
        <translation>Gültig ab, UTC</translation>
    </message>
    <message>
        <location/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location/>
        <source>Valid until, UTC</source>
        <translation>Gültig bis, UTC</translation>
    </message>
    <message>
        <location/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location/>
        <source>Key type and size</source>
        <translation>Schlüsseltyp und -größe</translation>
    </message>
    <message>
        <location/>
        <source>Self-signed:</source>
        <translation>Selbstsigniert:</translation>
    </message>
    <message>
        <location/>
        <source>Whether the certificate is self-signed</source>
        <translation>Ob das Zertifikat selbstsigniert ist</translation>
    </message>
    <message>
        <location/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location/>
        <source>SHA-256 fingerprint of the selected certificate</source>
        <translation>SHA-256-Fingerabdruck des ausgewählten Zertifikats</translation>
    </message>
    <message>
        <location/>
        <source>Copy fingerprint</source>
        <translation>Fingerabdruck kopieren</translation>
    </message>
</context>
<context>
    <name>ConnectionFormPane</name>
    <message>
        <location filename="../../ui/ConnectionFormPane.ui"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location/>
        <source>En&amp;vironment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location/>
        <source>Base &amp;URL:</source>
        <translation>Basis-U&amp;RL:</translation>
    </message>
    <message>
        <location/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location/>
        <source>https://rest.apisandbox.zuora.com</source>
        <translation>https://rest.apisandbox.zuora.com</translation>
    </message>
    <message>
        <location/>
        <source>Resolved endpoint</source>
        <translation>Aufgelöster Endpunkt</translation>
    </message>
    <message>
        <location/>
        <source>Authenti&amp;cation:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <location/>
        <source>Authentication mode</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <location/>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <location/>
        <source>User name or client id</source>
        <translation>Benutzername oder Client-ID</translation>
    </message>
    <message>
        <location/>
        <source>Passwo&amp;rd:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location/>
        <source>Password or client secret</source>
        <translation>Passwort oder Client-Secret</translation>
    </message>
    <message>
        <location/>
        <source>Re&amp;member the secret in the system keychain</source>
        <translation>Geheimnis im Schlüsselbund des S&amp;ystems merken</translation>
    </message>
    <message>
        <location/>
        <source>Remember the secret in the system keychain</source>
        <translation>Geheimnis im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <location/>
        <source>Entit&amp;y id:</source>
        <translation>&amp;Entitäts-ID:</translation>
    </message>
    <message>
        <location/>
        <source>Entity id</source>
        <translation>Entitäts-ID</translation>
    </message>
    <message>
        <location/>
        <source>Optional: for multi-entity tenants</source>
        <translation>Optional: für Mandanten mit mehreren Entitäten</translation>
    </message>
    <message>
        <location/>
        <source>Trac&amp;k id:</source>
        <translation>Trac&amp;k-ID:</translation>
    </message>
    <message>
        <location/>
        <source>Track id</source>
        <translation>Track-ID</translation>
    </message>
    <message>
        <location/>
        <source>Optional: up to 64 characters</source>
        <translation>Optional: bis zu 64 Zeichen</translation>
    </message>
    <message>
        <location/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location/>
        <source>Generate a track id</source>
        <translation>Eine Track-ID erzeugen</translation>
    </message>
    <message>
        <location/>
        <source>Extra CA f&amp;ile:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <location/>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location/>
        <source>Optional: trust one more authority (PEM) for this profile</source>
        <translation>Optional: einer weiteren Zertifizierungsstelle (PEM) für dieses Profil vertrauen</translation>
    </message>
    <message>
        <location/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location/>
        <source>Choose a CA certificate file</source>
        <translation>Eine CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location/>
        <source>Time&amp;out:</source>
        <translation>Ze&amp;itlimit:</translation>
    </message>
    <message>
        <location/>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <location/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <location/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location/>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <location/>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <location/>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <location/>
        <source>Proxy user (optional)</source>
        <translation>Proxy-Benutzer (optional)</translation>
    </message>
    <message>
        <location/>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location/>
        <source>Test these credentials (Ctrl+Return)</source>
        <translation>Diese Zugangsdaten testen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location/>
        <source>Stop the running test (Esc)</source>
        <translation>Den laufenden Test anhalten (Esc)</translation>
    </message>
    <message>
        <location/>
        <source>Test running</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <location/>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <location/>
        <source>Save this profile (Ctrl+S)</source>
        <translation>Dieses Profil speichern (Strg+S)</translation>
    </message>
    <message>
        <location/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location/>
        <source>WSDL version:</source>
        <translation>WSDL-Version:</translation>
    </message>
    <message>
        <location/>
        <source>WSDL version</source>
        <translation>WSDL-Version</translation>
    </message>
    <message>
        <location/>
        <source>The SOAP API version in the endpoint path; empty for the default</source>
        <translation>Die Version der SOAP-API im Endpunktpfad; leer für den Standardwert</translation>
    </message>
</context>
<context>
    <name>CurlPaste</name>
    <message>
        <location filename="../../src/core/CurlPaste.cpp" line="+209"/>
        <source>The proxy is given as %1, which only your shell knows: type it in instead.</source>
        <translation>Der Proxy ist als %1 angegeben, das nur Ihre Shell kennt: Geben Sie ihn stattdessen ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The command lets curl resolve host names itself (--socks5); the app lets the SOCKS5 proxy resolve them (curl&apos;s --socks5-hostname).</source>
        <translation>Der Befehl lässt curl die Hostnamen selbst auflösen (--socks5); die App lässt sie vom SOCKS5-Proxy auflösen (wie curls --socks5-hostname).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy URL contains the proxy&apos;s password in clear. It is kept apart from the profile: it can go to the keychain, never into the profiles file.</source>
        <translation>Die Proxy-URL enthält das Passwort des Proxys im Klartext. Es wird vom Profil getrennt gehalten: Es kann in den Schlüsselbund, nie in die Profildatei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy user is the shell variable %1, which only your shell knows: type it in instead.</source>
        <translation>Der Proxy-Benutzer ist die Shell-Variable %1, die nur Ihre Shell kennt: Geben Sie ihn stattdessen ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The command contains the proxy&apos;s password in clear (--proxy-user). It is kept apart from the profile: it can go to the keychain, never into the profiles file.</source>
        <translation>Der Befehl enthält das Passwort des Proxys im Klartext (--proxy-user). Es wird vom Profil getrennt gehalten: Es kann in den Schlüsselbund, nie in die Profildatei.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The command ends inside a single-quoted string: a closing &apos; is missing.</source>
        <translation>Der Befehl endet innerhalb einer Zeichenkette in einfachen Anführungszeichen: Ein schließendes &apos; fehlt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The command ends inside a $&apos;...&apos; string: a closing &apos; is missing.</source>
        <translation>Der Befehl endet innerhalb einer $&apos;...&apos;-Zeichenkette: Ein schließendes &apos; fehlt.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The command ends inside a double-quoted string: a closing &quot; is missing.</source>
        <translation>Der Befehl endet innerhalb einer Zeichenkette in doppelten Anführungszeichen: Ein schließendes &quot; fehlt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Paste a curl command, such as the one Zuora&apos;s documentation shows for POST /v1/connections.</source>
        <translation>Fügen Sie einen curl-Befehl ein, etwa den, den die Dokumentation von Zuora für POST /v1/connections zeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a curl command: it does not start with curl.</source>
        <translation>Das ist kein curl-Befehl: Er beginnt nicht mit curl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored what follows %1 on the command line.</source>
        <translation>Was in der Befehlszeile auf %1 folgt, wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+19"/>
        <source>The command reads its data from a file (%1), which is not opened here.</source>
        <translation>Der Befehl liest seine Daten aus einer Datei (%1), die hier nicht geöffnet wird.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The command reads a form field from a file (%1), which is not opened here.</source>
        <translation>Der Befehl liest ein Formularfeld aus einer Datei (%1), die hier nicht geöffnet wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The command uses -u (HTTP Basic authentication), which is not how Zuora&apos;s REST API logs in: a session login sends the apiAccessKeyId and apiSecretAccessKey headers, OAuth sends client_id and client_secret.</source>
        <translation>Der Befehl verwendet -u (HTTP-Basic-Authentifizierung), so meldet sich die REST-API von Zuora aber nicht an: Eine Sitzungsanmeldung sendet die Header apiAccessKeyId und apiSecretAccessKey, OAuth sendet client_id und client_secret.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The command turns off certificate checks (-k); this app never does. For a private certificate authority, give its certificate as the CA file.</source>
        <translation>Der Befehl schaltet die Zertifikatsprüfung ab (-k); diese App tut das nie. Geben Sie für eine private Zertifizierungsstelle deren Zertifikat als CA-Datei an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command sends a bearer token, which this app does not test; it tests the login that issues one.</source>
        <translation>Der Befehl sendet ein Bearer-Token, das diese App nicht testet; sie testet die Anmeldung, die ein solches ausstellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--noproxy %1 was ignored: a profile either uses a proxy for Zuora or does not; the system&apos;s NO_PROXY applies to the system&apos;s proxy.</source>
        <translation>--noproxy %1 wurde ignoriert: Ein Profil nutzt für Zuora einen Proxy oder keinen; NO_PROXY des Systems gilt für den Proxy des Systems.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The option %1 needs a value, and the command ends there.</source>
        <translation>Die Option %1 braucht einen Wert, aber der Befehl endet dort.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Ignored arguments after the URL: one URL is tested.</source>
        <translation>Argumente nach der URL wurden ignoriert: Es wird eine URL getestet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored %1: only --cacert adds a certificate authority.</source>
        <translation>%1 wurde ignoriert: Nur --cacert fügt eine Zertifizierungsstelle hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command uses %1; Zuora&apos;s login is a POST, and that is what the test sends.</source>
        <translation>Der Befehl verwendet %1; die Anmeldung bei Zuora ist ein POST, und den sendet der Test.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The command sends HTTP Basic authentication, which is not how Zuora&apos;s REST API logs in: a session login sends the apiAccessKeyId and apiSecretAccessKey headers, OAuth sends client_id and client_secret.</source>
        <translation>Der Befehl sendet HTTP-Basic-Authentifizierung, so meldet sich die REST-API von Zuora aber nicht an: Eine Sitzungsanmeldung sendet die Header apiAccessKeyId und apiSecretAccessKey, OAuth sendet client_id und client_secret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command sends an Authorization header (a token), which this app does not test; it tests the login that issues one.</source>
        <translation>Der Befehl sendet einen Authorization-Header (ein Token), den diese App nicht testet; sie testet die Anmeldung, die ein Token ausstellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The command has no URL: paste it with the address, such as https://rest.apisandbox.zuora.com/v1/connections.</source>
        <translation>Der Befehl hat keine URL: Fügen Sie ihn mit der Adresse ein, etwa https://rest.apisandbox.zuora.com/v1/connections.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL is built from shell variables (%1), which only your shell knows; paste it with the address written out.</source>
        <translation>Die URL wird aus Shell-Variablen (%1) gebildet, die nur Ihre Shell kennt; fügen Sie den Befehl mit ausgeschriebener Adresse ein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The command calls %1; the profile tests the login on the same host.</source>
        <translation>Der Befehl ruft %1 auf; das Profil testet die Anmeldung auf demselben Host.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The URL is the OAuth token endpoint, so the apiAccessKeyId / apiSecretAccessKey headers were ignored.</source>
        <translation>Die URL ist der OAuth-Token-Endpunkt, daher wurden die Header apiAccessKeyId / apiSecretAccessKey ignoriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL is the session login (/v1/connections), so the client_id / client_secret fields were ignored.</source>
        <translation>Die URL ist die Sitzungsanmeldung (/v1/connections), daher wurden die Felder client_id / client_secret ignoriert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not clear which login this is: the URL ends neither in /v1/connections (session login) nor in /oauth/token (OAuth), and there is no apiAccessKeyId header or client_id field.</source>
        <translation>Es ist unklar, welche Anmeldung das ist: Die URL endet weder auf /v1/connections (Sitzungsanmeldung) noch auf /oauth/token (OAuth), und es gibt weder einen Header apiAccessKeyId noch ein Feld client_id.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The command has no client_id: the OAuth client id is missing.</source>
        <translation>Der Befehl hat kein client_id: Die OAuth-Client-ID fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command has no apiAccessKeyId header: the API user name is missing.</source>
        <translation>Der Befehl hat keinen Header apiAccessKeyId: Der Name des API-Benutzers fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is the shell variable %2, which only your shell knows: type it in instead.</source>
        <translation>Als %1 steht die Shell-Variable %2 im Befehl, die nur Ihre Shell kennt: Geben Sie den Wert stattdessen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client_id is empty.</source>
        <translation>client_id ist leer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The apiAccessKeyId header is empty.</source>
        <translation>Der Header apiAccessKeyId ist leer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In single quotes the shell sends %1 as it stands, not the variable&apos;s value; use double quotes in the command.</source>
        <translation>In einfachen Anführungszeichen sendet die Shell %1 unverändert, nicht den Wert der Variablen; verwenden Sie im Befehl doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret is built by the shell from variables or commands, so its value is not known here; type it in when you test.</source>
        <translation>Das Geheimnis wird von der Shell aus Variablen oder Befehlen gebildet, sein Wert ist hier also unbekannt; geben Sie es beim Testen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command contains the client secret in clear. It is kept apart from the profile: it can go to the keychain, never into the profiles file. If the command was shared, consider rotating the secret.</source>
        <translation>Der Befehl enthält das Client-Secret im Klartext. Es wird getrennt vom Profil gehalten: Es kann in den Schlüsselbund, nie in die Profildatei. Wenn der Befehl weitergegeben wurde, sollten Sie das Secret erneuern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command contains the password in clear. It is kept apart from the profile: it can go to the keychain, never into the profiles file. If the command was shared, consider changing the password.</source>
        <translation>Der Befehl enthält das Passwort im Klartext. Es wird getrennt vom Profil gehalten: Es kann in den Schlüsselbund, nie in die Profildatei. Wenn der Befehl weitergegeben wurde, sollten Sie das Passwort ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the client_credentials grant can be tested; the command asks for &quot;%1&quot;.</source>
        <translation>Nur der Grant client_credentials kann getestet werden; der Befehl fordert „%1“ an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The entity id is the shell variable %1, which only your shell knows: type it in instead.</source>
        <translation>Die Entitäts-ID ist die Shell-Variable %1, die nur Ihre Shell kennt: Geben Sie den Wert stattdessen ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OAuth sends a form (application/x-www-form-urlencoded), not %1; the test sends the form.</source>
        <translation>OAuth sendet ein Formular (application/x-www-form-urlencoded), nicht %1; der Test sendet das Formular.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CA file is given as %1, which only your shell knows: choose the file instead.</source>
        <translation>Die CA-Datei ist als %1 angegeben, das nur Ihre Shell kennt: Wählen Sie die Datei stattdessen aus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>CurlPasteDialog</name>
    <message>
        <location filename="../../ui/CurlPasteDialog.ui"/>
        <source>New profile from a curl command</source>
        <translation>Neues Profil aus einem curl-Befehl</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Paste a curl command that calls /v1/connections or /oauth/token:</source>
        <translation>Einen curl-Befehl ein&amp;fügen, der /v1/connections oder /oauth/token aufruft:</translation>
    </message>
    <message>
        <location/>
        <source>Curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <location/>
        <source>curl -X POST https://rest.apisandbox.zuora.com/v1/connections -H &apos;apiAccessKeyId: …&apos; -H &apos;apiSecretAccessKey: …&apos;</source>
        <translation>curl -X POST https://rest.apisandbox.zuora.com/v1/connections -H &apos;apiAccessKeyId: …&apos; -H &apos;apiSecretAccessKey: …&apos;</translation>
    </message>
    <message>
        <location/>
        <source>What the command gives</source>
        <translation>Was der Befehl enthält</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Remember the secret from the command in the system keychain</source>
        <translation>Geheimnis aus dem Befehl im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location/>
        <source>Remember the secret from the command in the system keychain</source>
        <translation>Geheimnis aus dem Befehl im Schlüsselbund des Systems merken</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <location filename="../../src/gui/DemoSession.cpp" line="+40"/>
        <source>Demo tenant: wrong password</source>
        <translation>Demo-Mandant: falsches Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo tenant</source>
        <translation>Demo-Mandant</translation>
    </message>
</context>
<context>
    <name>DemoUsers</name>
    <message>
        <location filename="../../src/demo/DemoUsers.cpp" line="+52"/>
        <source>%1: must be a JSON object</source>
        <translation>%1: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; must be a non-empty string</source>
        <translation>%1: „%2“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>%1: &quot;entityIds&quot; must be an array of strings</source>
        <translation>%1: „entityIds“ muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown scenario &quot;%2&quot; (use normal, rateLimited, lockingContention, badGatewayHtml or slow)</source>
        <translation>%1: unbekanntes Szenario „%2“ (erlaubt sind normal, rateLimited, lockingContention, badGatewayHtml und slow)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation>„%1“ muss ein Array sein</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot read users file %1: %2</source>
        <translation>Die Benutzerdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users file %1: %2</source>
        <translation>Benutzerdatei %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the top level must be an object with &quot;users&quot; and/or &quot;clients&quot;</source>
        <translation>die oberste Ebene muss ein Objekt mit „users“ und/oder „clients“ sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: username &quot;%2&quot; appears twice</source>
        <translation>%1: Benutzername „%2“ kommt doppelt vor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: clientId &quot;%2&quot; appears twice</source>
        <translation>%1: clientId „%2“ kommt doppelt vor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no users and no clients: give at least one entry in &quot;users&quot; or &quot;clients&quot;</source>
        <translation>keine Benutzer und keine Clients: Geben Sie mindestens einen Eintrag unter „users“ oder „clients“ an</translation>
    </message>
</context>
<context>
    <name>EntitiesView</name>
    <message>
        <location filename="../../ui/EntitiesView.ui"/>
        <source>Which entities this credential can reach: one more read-only call to Zuora, made only when you ask, with the session or token of the check on screen.</source>
        <translation>Welche Entitäten diese Zugangsdaten erreichen: ein weiterer, nur lesender Aufruf an Zuora, der nur auf Ihre Anforderung erfolgt, mit der Sitzung oder dem Token der angezeigten Prüfung.</translation>
    </message>
    <message>
        <location/>
        <source>List entities</source>
        <translation>Entitäten auflisten</translation>
    </message>
    <message>
        <location/>
        <source>Entities the credential can reach</source>
        <translation>Entitäten, die die Zugangsdaten erreichen</translation>
    </message>
    <message>
        <location/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location/>
        <source>Entity id</source>
        <translation>Entitäts-ID</translation>
    </message>
    <message>
        <location/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location/>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <location/>
        <source>Use in the profile</source>
        <translation>Im Profil verwenden</translation>
    </message>
    <message>
        <location/>
        <source>Use the selected entity in the profile</source>
        <translation>Die ausgewählte Entität im Profil verwenden</translation>
    </message>
</context>
<context>
    <name>Environments</name>
    <message>
        <location filename="../../src/core/Environments.cpp" line="+17"/>
        <source>US Developer &amp; Central Sandbox</source>
        <translation>US Developer &amp; Central Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US API Sandbox Cloud 1</source>
        <translation>US API Sandbox Cloud 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US API Sandbox Cloud 2</source>
        <translation>US API Sandbox Cloud 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Production Cloud 1</source>
        <translation>US Production Cloud 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Production Cloud 2</source>
        <translation>US Production Cloud 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU Developer &amp; Central Sandbox</source>
        <translation>EU Developer &amp; Central Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU API Sandbox</source>
        <translation>EU API Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU Production</source>
        <translation>EU Production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APAC Developer &amp; Central Sandbox</source>
        <translation>APAC Developer &amp; Central Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APAC Production</source>
        <translation>APAC Production</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Enter a base URL such as https://rest.apisandbox.zuora.com.</source>
        <translation>Geben Sie eine Basis-URL ein, zum Beispiel https://rest.apisandbox.zuora.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>The base URL contains spaces or control characters.</source>
        <translation>Die Basis-URL enthält Leer- oder Steuerzeichen.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No scheme given: using https://.</source>
        <translation>Kein Schema angegeben: https:// wird verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only https:// URLs can be used (got %1://).</source>
        <translation>Nur https://-URLs sind möglich (angegeben: %1://).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL contains a user name or password. Enter credentials in their own fields, never in the URL.</source>
        <translation>Die URL enthält einen Benutzernamen oder ein Passwort. Geben Sie Zugangsdaten in den dafür vorgesehenen Feldern ein, nie in der URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain http:// would send the credentials unencrypted; use https:// (http is allowed only for this computer: localhost, 127.0.0.0/8 or ::1).</source>
        <translation>Einfaches http:// würde die Zugangsdaten unverschlüsselt senden; verwenden Sie https:// (http ist nur für diesen Computer erlaubt: localhost, 127.0.0.0/8 oder ::1).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This is %1.</source>
        <translation>Das ist %1.</translation>
    </message>
    <message>
        <source>Plain http:// would send the credentials unencrypted; use https:// (http is allowed only for this computer, such as localhost).</source>
        <translation type="vanished">Mit einfachem http:// würden die Zugangsdaten unverschlüsselt gesendet; verwenden Sie https:// (http ist nur für diesen Computer erlaubt, etwa localhost).</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Removed the query and fragment.</source>
        <translation>Abfrage und Fragment wurden entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one.zuora.com is Zuora&apos;s OneID sign-in page, not a tenant. Paste your tenant&apos;s own address instead, as the browser shows it once you are in the tenant (for example https://apisandbox.zuora.com or https://eu.zuora.com).</source>
        <translation>one.zuora.com ist die OneID-Anmeldeseite von Zuora, kein Mandant. Fügen Sie stattdessen die eigene Adresse Ihres Mandanten ein, wie der Browser sie zeigt, sobald Sie im Mandanten sind (zum Beispiel https://apisandbox.zuora.com oder https://eu.zuora.com).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>US Performance Test (pt1) is a retired environment: Zuora&apos;s current list of hosts no longer has it, so expect no answer.</source>
        <translation>US Performance Test (pt1) ist eine stillgelegte Umgebung: Die aktuelle Hostliste von Zuora führt sie nicht mehr, rechnen Sie also mit keiner Antwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a US Production Copy host, retired from Zuora&apos;s current list of hosts; Zuora Global Support gives the REST address of a production copy on request.</source>
        <translation>%1 ist ein Host einer US Production Copy, der aus der aktuellen Hostliste von Zuora entfernt wurde; der Zuora Global Support nennt die REST-Adresse einer Production Copy auf Anfrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the web UI; using its REST host %2.</source>
        <translation>%1 ist die Weboberfläche; stattdessen wird ihr REST-Host %2 verwendet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed %1 from the end: it is added for each request.</source>
        <translation>%1 wurde am Ende entfernt: Es wird bei jeder Anfrage angehängt.</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../src/gui/HelpDialogs.cpp" line="+67"/>
        <location line="+15"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Return (in the form)</source>
        <translation>Eingabe (im Formular)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the selected profile</source>
        <translation>Das ausgewählte Profil umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected profile (asks first)</source>
        <translation>Das ausgewählte Profil löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The profile&apos;s menu: Test, Duplicate, Rename, Delete, Copy as curl, Set secret</source>
        <translation>Das Menü des Profils: Testen, Duplizieren, Umbenennen, Löschen, Als curl kopieren, Geheimnis festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Strg+Tab, Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next / previous result tab (when the tabs have focus)</source>
        <translation>Nächster / vorheriger Ergebnis-Tab (wenn die Tabs den Fokus haben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to that field or press that button</source>
        <translation>Zu diesem Feld springen oder diese Schaltfläche drücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every command is also in the menus; Tab reaches every control.</source>
        <translation>Jeder Befehl steht auch in den Menüs; mit Tab erreichen Sie jedes Bedienelement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Zuora error codes</source>
        <translation>Zuora-Fehlercodes</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Code ends in</source>
        <translation>Code endet auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(shown as &quot;Try again&quot;: not the credentials&apos; fault)</source>
        <translation>(als „Erneut versuchen“ angezeigt: nicht die Schuld der Zugangsdaten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zuora&apos;s codes have 8 digits: 6 for the resource, then 2 for the category. The category says what went wrong; the banner decodes each code of an answer.</source>
        <translation>Die Codes von Zuora haben 8 Ziffern: 6 für die Ressource, dann 2 für die Kategorie. Die Kategorie sagt, was schiefging; das Banner entschlüsselt jeden Code einer Antwort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Zuora Credential Tester</source>
        <translation>Über Zuora Credential Tester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuora Credential Tester %1

Checks Zuora API credentials with a session login or an OAuth token request, and says why they fail.</source>
        <translation>Zuora Credential Tester %1

Prüft Zugangsdaten für die Zuora-API mit einer Sitzungsanmeldung oder einer OAuth-Token-Anfrage und sagt, warum sie scheitern.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../../ui/HistoryPane.ui"/>
        <source>A&amp;ll profiles</source>
        <translation>A&amp;lle Profile</translation>
    </message>
    <message>
        <location/>
        <source>Show the history of all profiles</source>
        <translation>Den Verlauf aller Profile anzeigen</translation>
    </message>
    <message>
        <location/>
        <source>Sho&amp;w:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <location/>
        <source>Which results to show</source>
        <translation>Welche Ergebnisse angezeigt werden</translation>
    </message>
    <message>
        <location/>
        <source>Recent results</source>
        <translation>Letzte Ergebnisse</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../../src/core/HistoryStore.cpp" line="+104"/>
        <source>The history file %1 could not be used (%2) and could not be moved aside either; history starts empty.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht verwendet werden (%2) und auch nicht beiseitegelegt werden; der Verlauf beginnt leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history file %1 could not be used (%2). It was kept unchanged as %3, and history starts empty.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht verwendet werden (%2). Sie wurde unverändert als %3 aufbewahrt, und der Verlauf beginnt leer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it cannot be read: %1</source>
        <translation>sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not valid JSON: %1 at byte %2</source>
        <translation>sie ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a history file</source>
        <translation>sie ist keine Verlaufsdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was written by a newer version of this app: version %1, this version reads up to %2</source>
        <translation>sie wurde von einer neueren Version dieser App geschrieben: Version %1, diese Version liest bis %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its version is missing or unknown</source>
        <translation>ihre Version fehlt oder ist unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n history entry(ies) could not be read and were left out.</source>
        <translation>
            <numerusform>%n Verlaufseintrag konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>%n Verlaufseinträge konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history file %1 could not be written: %2</source>
        <translation>Die Verlaufsdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/ImportDialog.ui"/>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <location/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Problems found:</source>
        <translation>Gefundene &amp;Probleme:</translation>
    </message>
    <message>
        <location/>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <location/>
        <source>Names already in use: choose what to do with each</source>
        <translation>Bereits vergebene Namen: Wählen Sie für jeden, was geschehen soll</translation>
    </message>
    <message>
        <location/>
        <source>Name clashes</source>
        <translation>Namenskonflikte</translation>
    </message>
    <message>
        <location/>
        <source>Profile in the file</source>
        <translation>Profil in der Datei</translation>
    </message>
    <message>
        <location/>
        <source>What to do</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location/>
        <source>Import the &amp;valid entries and leave out the ones with errors</source>
        <translation>Die &amp;gültigen Einträge importieren und die fehlerhaften auslassen</translation>
    </message>
    <message>
        <location/>
        <source>Import only the valid entries</source>
        <translation>Nur die gültigen Einträge importieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui"/>
        <source>Zuora Credential Tester[*]</source>
        <translation>Zuora Credential Tester[*]</translation>
    </message>
    <message>
        <source>Pro&amp;files</source>
        <translation type="vanished">Pro&amp;file</translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation type="vanished">Profile filtern</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="vanished">Gespeicherte Profile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="vanished">&amp;Neu</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="vanished">Neues Profil</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="vanished">Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation type="vanished">Das ausgewählte Profil duplizieren</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="vanished">Profil duplizieren</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation type="vanished">U&amp;mbenennen</translation>
    </message>
    <message>
        <source>Rename the selected profile (F2)</source>
        <translation type="vanished">Das ausgewählte Profil umbenennen (F2)</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="vanished">Profil umbenennen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="vanished">&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation type="vanished">Das ausgewählte Profil löschen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="vanished">Profil löschen</translation>
    </message>
    <message>
        <source>Test &amp;all</source>
        <translation type="vanished">&amp;Alle testen</translation>
    </message>
    <message>
        <source>Test every profile (Ctrl+Shift+Return)</source>
        <translation type="vanished">Jedes Profil testen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Test all profiles</source>
        <translation type="vanished">Alle Profile testen</translation>
    </message>
    <message>
        <source>Test &amp;selected</source>
        <translation type="vanished">Aus&amp;wahl testen</translation>
    </message>
    <message>
        <source>Test the selected profiles (select several with Ctrl or Shift)</source>
        <translation type="vanished">Die ausgewählten Profile testen (mehrere mit Strg oder Umschalt auswählen)</translation>
    </message>
    <message>
        <source>Test the selected profiles</source>
        <translation type="vanished">Die ausgewählten Profile testen</translation>
    </message>
    <message>
        <source>Try the &amp;demo tenant</source>
        <translation type="vanished">Dem&amp;o-Mandant ausprobieren</translation>
    </message>
    <message>
        <source>Add two profiles that point at a built-in demo Zuora on this computer</source>
        <translation type="vanished">Zwei Profile hinzufügen, die auf ein eingebautes Demo-Zuora auf diesem Computer zeigen</translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation type="vanished">Demo-Mandant ausprobieren</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="vanished">Verbindung</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="vanished">&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="vanished">Umgebung</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="vanished">Basis-U&amp;RL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="vanished">Basis-URL</translation>
    </message>
    <message>
        <source>https://rest.apisandbox.zuora.com</source>
        <translation type="vanished">https://rest.apisandbox.zuora.com</translation>
    </message>
    <message>
        <source>Resolved endpoint</source>
        <translation type="vanished">Aufgelöster Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="vanished">Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation type="vanished">Anmeldeverfahren</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="vanished">Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>User name or client id</source>
        <translation type="vanished">Benutzername oder Client-ID</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="vanished">&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password or client secret</source>
        <translation type="vanished">Passwort oder Client-Secret</translation>
    </message>
    <message>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation type="vanished">Geheimnis im Schlüsselbund des S&amp;ystems merken</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation type="vanished">Geheimnis im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Entit&amp;y id:</source>
        <translation type="vanished">&amp;Entitäts-ID:</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation type="vanished">Entitäts-ID</translation>
    </message>
    <message>
        <source>Optional: for multi-entity tenants</source>
        <translation type="vanished">Optional: für Mandanten mit mehreren Entitäten</translation>
    </message>
    <message>
        <source>Trac&amp;k id:</source>
        <translation type="vanished">Trac&amp;k-ID:</translation>
    </message>
    <message>
        <source>Track id</source>
        <translation type="vanished">Track-ID</translation>
    </message>
    <message>
        <source>Optional: up to 64 characters</source>
        <translation type="vanished">Optional: bis zu 64 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="vanished">Erzeu&amp;gen</translation>
    </message>
    <message>
        <source>Generate a track id</source>
        <translation type="vanished">Eine Track-ID erzeugen</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="vanished">Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="vanished">Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Optional: trust one more authority (PEM) for this profile</source>
        <translation type="vanished">Optional: einer weiteren Zertifizierungsstelle (PEM) für dieses Profil vertrauen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="vanished">&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="vanished">Eine CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="vanished">Ze&amp;itlimit:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="vanished">Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation type="vanished"> s</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test these credentials (Ctrl+Return)</source>
        <translation type="vanished">Diese Zugangsdaten testen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="vanished">Testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running test (Esc)</source>
        <translation type="vanished">Den laufenden Test anhalten (Esc)</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation type="vanished">Test läuft</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="vanished">Verstrichene Zeit</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S)</source>
        <translation type="vanished">Dieses Profil speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="vanished">Profil speichern</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="vanished">Ergebnis</translation>
    </message>
    <message>
        <source>Result details</source>
        <translation type="vanished">Details zum Ergebnis</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation type="vanished">Ant&amp;wort</translation>
    </message>
    <message>
        <source>Ra&amp;w body</source>
        <translation type="vanished">&amp;Rohdaten</translation>
    </message>
    <message>
        <source>Show the raw body</source>
        <translation type="vanished">Den unformatierten Inhalt anzeigen</translation>
    </message>
    <message>
        <location/>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="vanished">JSON kopieren</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="vanished">Inhalt der Antwort</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation type="vanished">&amp;Header</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="vanished">Header der Antwort</translation>
    </message>
    <message>
        <source>Coo&amp;kies</source>
        <translation type="vanished">Coo&amp;kies</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="vanished">Cookies</translation>
    </message>
    <message>
        <source>Re&amp;veal values</source>
        <translation type="vanished">Werte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Reveal cookie values</source>
        <translation type="vanished">Cookie-Werte anzeigen</translation>
    </message>
    <message>
        <location/>
        <source>Copy session c&amp;ookie</source>
        <translation>Sitzungs&amp;cookie kopieren</translation>
    </message>
    <message>
        <source>Copy session cookie</source>
        <translation type="vanished">Sitzungscookie kopieren</translation>
    </message>
    <message>
        <source>Ti&amp;ming</source>
        <translation type="vanished">Zeit&amp;verlauf</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="vanished">Zeitverlauf</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="vanished">An&amp;frage</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation type="vanished">Anfrage wie gesendet</translation>
    </message>
    <message>
        <source>Include the &amp;secret in the command</source>
        <translation type="vanished">&amp;Geheimnis in den Befehl aufnehmen</translation>
    </message>
    <message>
        <source>Include the secret in the curl command</source>
        <translation type="vanished">Das Geheimnis in den curl-Befehl aufnehmen</translation>
    </message>
    <message>
        <location/>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="vanished">Als curl kopieren</translation>
    </message>
    <message>
        <source>T&amp;oken</source>
        <translation type="vanished">T&amp;oken</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="vanished">Zugriffstoken:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="vanished">Zugriffstoken</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="vanished">Läuft ab:</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation type="vanished">Ablauf des Tokens</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="vanished">Geltungsbereich:</translation>
    </message>
    <message>
        <source>Token scope</source>
        <translation type="vanished">Geltungsbereich des Tokens</translation>
    </message>
    <message>
        <source>Copy to&amp;ken</source>
        <translation type="vanished">To&amp;ken kopieren</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="vanished">Token kopieren</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="vanished">Verla&amp;uf</translation>
    </message>
    <message>
        <source>All &amp;profiles</source>
        <translation type="vanished">Alle &amp;Profile</translation>
    </message>
    <message>
        <source>Show the history of all profiles</source>
        <translation type="vanished">Den Verlauf aller Profile anzeigen</translation>
    </message>
    <message>
        <source>Which results to show</source>
        <translation type="vanished">Welche Ergebnisse angezeigt werden</translation>
    </message>
    <message>
        <source>Recent results of this profile</source>
        <translation type="vanished">Letzte Ergebnisse dieses Profils</translation>
    </message>
    <message>
        <location/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="vanished">Ctrl+Return</translation>
    </message>
    <message>
        <location/>
        <source>Test these credentials</source>
        <translation>Diese Zugangsdaten testen</translation>
    </message>
    <message>
        <location/>
        <source>Test &amp;all profiles</source>
        <translation>&amp;Alle Profile testen</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Test &amp;selected profiles</source>
        <translation type="vanished">Aus&amp;gewählte Profile testen</translation>
    </message>
    <message>
        <location/>
        <source>New profile from c&amp;url command…</source>
        <translation>Neues Profil aus c&amp;url-Befehl …</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Import profiles…</source>
        <translation>Profile &amp;importieren …</translation>
    </message>
    <message>
        <location/>
        <source>E&amp;xport profiles…</source>
        <translation>Profile e&amp;xportieren …</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Cancel test</source>
        <translation>Test abb&amp;rechen</translation>
    </message>
    <message>
        <location/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location/>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="vanished">Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="vanished">Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="vanished">Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="vanished">Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="vanished">Proxy-Benutzername</translation>
    </message>
    <message>
        <source>Proxy user (optional)</source>
        <translation type="vanished">Proxy-Benutzer (optional)</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="vanished">Proxy-Passwort</translation>
    </message>
    <message>
        <location/>
        <source>Test s&amp;elected profiles</source>
        <translation>Aus&amp;gewählte Profile testen</translation>
    </message>
    <message>
        <location/>
        <source>&amp;New profile</source>
        <translation>&amp;Neues Profil</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location/>
        <source>Zuora &amp;error codes</source>
        <translation>Zuora-&amp;Fehlercodes</translation>
    </message>
</context>
<context>
    <name>ModuleLoader</name>
    <message>
        <location filename="../../src/core/ModuleLoader.cpp" line="+25"/>
        <source>The module %1 cannot be loaded: %2</source>
        <translation>Das Modul %1 kann nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <location filename="../../src/core/Outcome.cpp" line="+46"/>
        <location line="+34"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ProfileExchange</name>
    <message>
        <location filename="../../src/core/ProfileExchange.cpp" line="+174"/>
        <location line="+42"/>
        <location line="+117"/>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>„%1“ muss Text sein (gefunden: %2).</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+160"/>
        <source>&quot;%1&quot; holds an invalid character (a lone UTF-16 surrogate).</source>
        <translation>„%1“ enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat).</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>It has no name.</source>
        <translation>Kein Name angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;name&quot; must be text, not %1.</source>
        <translation>„name“ muss Text sein (gefunden: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name contains control characters such as a line break, or invalid characters.</source>
        <translation>Der Name enthält Steuerzeichen wie einen Zeilenumbruch oder ungültige Zeichen.</translation>
    </message>
    <message>
        <source>Unknown authMode &quot;%1&quot;: use &quot;session&quot; or &quot;oauth&quot;.</source>
        <translation type="vanished">Unbekannter authMode „%1“: Verwenden Sie „session“ oder „oauth“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown authMode &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter authMode „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It has no username yet (the API user name or OAuth client id); fill it in before testing.</source>
        <translation>Noch kein username angegeben (Name des API-Benutzers oder OAuth-Client-ID); tragen Sie ihn vor dem Testen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username contains control characters such as a line break, or invalid characters.</source>
        <translation>Der username enthält Steuerzeichen wie einen Zeilenumbruch oder ungültige Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The entity id contains control characters or is too long.</source>
        <translation>Die Entitäts-ID enthält Steuerzeichen oder ist zu lang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;wsdlVersion&quot; must be a version number such as %1.</source>
        <translation>„wsdlVersion“ muss eine Versionsnummer wie %1 sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CA file %1 does not exist on this computer; the check will fail until it does.</source>
        <translation>Die CA-Datei %1 existiert auf diesem Computer nicht; die Prüfung schlägt fehl, bis es sie gibt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;timeoutSeconds&quot; must be more than 0 and at most %1.</source>
        <translation>„timeoutSeconds“ muss größer als 0 und höchstens %1 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;timeoutSeconds&quot; must be a number, not %1.</source>
        <translation>„timeoutSeconds“ muss eine Zahl sein (gefunden: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; was ignored: secrets are never imported from a file. Type the secret in the app and let it remember it in the keychain.</source>
        <translation>„%1“ wurde ignoriert: Geheimnisse werden nie aus einer Datei importiert. Geben Sie das Geheimnis in der App ein und lassen Sie es im Schlüsselbund merken.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;proxy&quot; must be an object such as {&quot;mode&quot;: &quot;http&quot;, &quot;host&quot;: ..., &quot;port&quot;: ...}, not %1.</source>
        <translation>„proxy“ muss ein Objekt wie {&quot;mode&quot;: &quot;http&quot;, &quot;host&quot;: ..., &quot;port&quot;: ...} sein, nicht %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;proxy&quot;: &quot;mode&quot; must be &quot;system&quot;, &quot;none&quot;, &quot;http&quot; or &quot;socks5&quot;.</source>
        <translation>„proxy“: „mode“ muss &quot;system&quot;, &quot;none&quot;, &quot;http&quot; oder &quot;socks5&quot; sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;proxy&quot;: &quot;%1&quot; was ignored: a proxy password is never imported from a file. Type it in the app and let it remember it in the keychain.</source>
        <translation>„proxy“: „%1“ wurde ignoriert: Ein Proxy-Passwort wird nie aus einer Datei importiert. Geben Sie es in der App ein und lassen Sie es im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;proxy&quot;: &quot;host&quot; must be the proxy&apos;s host name or IP address.</source>
        <translation>„proxy“: „host“ muss der Hostname oder die IP-Adresse des Proxys sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;proxy&quot;: &quot;port&quot; must be a number from 1 to 65535.</source>
        <translation>„proxy“: „port“ muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;proxy&quot;: &quot;username&quot; must be text, not %1.</source>
        <translation>„proxy“: „username“ muss Text sein, nicht %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;proxy&quot;: %1</source>
        <translation>„proxy“: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown environment &quot;%1&quot;; see zuora-check --list-environments.</source>
        <translation>Unbekannte Umgebung „%1“; siehe zuora-check --list-environments.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;environment&quot; must be text or null, not %1.</source>
        <translation>„environment“ muss Text oder null sein (gefunden: %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It has no baseUrl (nor an environment).</source>
        <translation>Weder baseUrl noch environment angegeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>baseUrl: %1</source>
        <translation>baseUrl: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;environment&quot; is %1 (%2) but &quot;baseUrl&quot; is %3; give one, or make them agree.</source>
        <translation>„environment“ ist %1 (%2), aber „baseUrl“ ist %3; geben Sie nur eines an oder gleichen Sie beide an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry %1 (line %2)</source>
        <translation>Eintrag %1 (Zeile %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry %1 (line %2, &quot;%3&quot;)</source>
        <translation>Eintrag %1 (Zeile %2, „%3“)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The profiles could not be written to %1: %2</source>
        <translation>Die Profile konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is %2 MB; a profiles file is at most %3 MB. Is it the right file?</source>
        <translation>%1 ist %2 MB groß; eine Profildatei hat höchstens %3 MB. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is larger than %1 MB; a profiles file is much smaller. Is it the right file?</source>
        <translation>Die Datei ist größer als %1 MB; eine Profildatei ist viel kleiner. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a profiles file: it is not valid JSON (line %1: %2).</source>
        <translation>Das ist keine Profildatei: Sie ist kein gültiges JSON (Zeile %1: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a profiles file: it holds no JSON object.</source>
        <translation>Das ist keine Profildatei: Sie enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a profiles file of Zuora Credential Tester: its &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation>Das ist keine Profildatei von Zuora Credential Tester: Ihr „format“ ist nicht „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has no valid &quot;version&quot;; this app reads version %1.</source>
        <translation>Die Datei hat keine gültige „version“; diese App liest Version %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was written by a newer Zuora Credential Tester (format version %1); this version reads version %2. Update the app to import it.</source>
        <translation>Die Datei wurde von einem neueren Zuora Credential Tester geschrieben (Formatversion %1); diese Version liest Version %2. Aktualisieren Sie die App, um sie zu importieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file has no list of &quot;profiles&quot;.</source>
        <translation>Die Datei hat keine Liste „profiles“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It is %1, not an object.</source>
        <translation>Kein Objekt (gefunden: %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entry %1 (line %2) of this file has the same name.</source>
        <translation>Eintrag %1 (Zeile %2) dieser Datei hat denselben Namen.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n entries of the file have errors; nothing was imported.</source>
        <translation>
            <numerusform>%n Eintrag der Datei ist fehlerhaft; es wurde nichts importiert.</numerusform>
            <numerusform>%n Einträge der Datei sind fehlerhaft; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileListPane</name>
    <message>
        <location filename="../../ui/ProfileListPane.ui"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location/>
        <source>Filter profiles</source>
        <translation>Profile filtern</translation>
    </message>
    <message>
        <location/>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <location/>
        <source>Each profile with its last verdict. Menu key or right click: Test, Duplicate, Rename, Delete, Copy as curl, Set secret.</source>
        <translation>Jedes Profil mit seinem letzten Ergebnis. Menütaste oder Rechtsklick: Testen, Duplizieren, Umbenennen, Löschen, Als curl kopieren, Geheimnis festlegen.</translation>
    </message>
    <message>
        <location/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location/>
        <source>New profile (Ctrl+N)</source>
        <translation>Neues Profil (Strg+N)</translation>
    </message>
    <message>
        <location/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location/>
        <source>Duplicate the selected profile, without its secret</source>
        <translation>Das ausgewählte Profil duplizieren, ohne sein Geheimnis</translation>
    </message>
    <message>
        <location/>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <location/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location/>
        <source>Rename the selected profile (F2)</source>
        <translation>Das ausgewählte Profil umbenennen (F2)</translation>
    </message>
    <message>
        <location/>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location/>
        <source>Delete the selected profile (Delete)</source>
        <translation>Das ausgewählte Profil löschen (Entf)</translation>
    </message>
    <message>
        <location/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location/>
        <source>Test &amp;all</source>
        <translation>&amp;Alle testen</translation>
    </message>
    <message>
        <location/>
        <source>Test every profile (Ctrl+Shift+Return)</source>
        <translation>Jedes Profil testen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location/>
        <source>Test all profiles</source>
        <translation>Alle Profile testen</translation>
    </message>
    <message>
        <location/>
        <source>Test selected</source>
        <translation>Auswahl testen</translation>
    </message>
    <message>
        <location/>
        <source>Test the selected profiles (select several with Ctrl or Shift)</source>
        <translation>Die ausgewählten Profile testen (mehrere mit Strg oder Umschalt auswählen)</translation>
    </message>
    <message>
        <location/>
        <source>Test the selected profiles</source>
        <translation>Die ausgewählten Profile testen</translation>
    </message>
    <message>
        <location/>
        <source>Try the &amp;demo tenant</source>
        <translation>Dem&amp;o-Mandant ausprobieren</translation>
    </message>
    <message>
        <location/>
        <source>Add two profiles that point at a built-in demo Zuora on this computer (kept in memory only)</source>
        <translation>Zwei Profile hinzufügen, die auf ein eingebautes Demo-Zuora auf diesem Computer zeigen (nur im Speicher gehalten)</translation>
    </message>
    <message>
        <location/>
        <source>Try the demo tenant</source>
        <translation>Demo-Mandant ausprobieren</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../../src/core/ProfileStore.cpp" line="+89"/>
        <source>The profiles file %1 cannot be used (%2); it was left as it is.</source>
        <translation>Die Profildatei %1 kann nicht verwendet werden (%2); sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profiles file %1 could not be used (%2) and could not be moved aside either; the app starts with no profiles. Move the file away yourself before saving profiles.</source>
        <translation>Die Profildatei %1 konnte nicht verwendet werden (%2) und auch nicht beiseitegelegt werden; die App startet ohne Profile. Verschieben Sie die Datei selbst, bevor Sie Profile speichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profiles file %1 could not be used (%2). It was kept unchanged as %3, and the app starts with no profiles.</source>
        <translation>Die Profildatei %1 konnte nicht verwendet werden (%2). Sie wurde unverändert als %3 aufbewahrt, und die App startet ohne Profile.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>it cannot be read: %1</source>
        <translation>sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>it is not a text file</source>
        <translation>sie ist keine Textdatei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a valid settings file</source>
        <translation>sie ist keine gültige Einstellungsdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it holds no profiles in a known format</source>
        <translation>sie enthält keine Profile in einem bekannten Format</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its schema version &quot;%1&quot; is not a version number</source>
        <translation>ihre Schemaversion „%1“ ist keine Versionsnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was written by a newer version of this app: schema %1, this version reads up to %2</source>
        <translation>sie wurde von einer neueren Version dieser App geschrieben: Schema %1, diese Version liest bis %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its list of profiles is damaged or cut short</source>
        <translation>ihre Profilliste ist beschädigt oder abgeschnitten</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n saved profile(s) had no name or an unusable id and were left out.</source>
        <translation>
            <numerusform>%n gespeichertes Profil hatte keinen Namen oder eine unbrauchbare ID und wurde ausgelassen.</numerusform>
            <numerusform>%n gespeicherte Profile hatten keinen Namen oder eine unbrauchbare ID und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A temporary file next to %1 cannot be created: %2</source>
        <translation>Neben %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The profiles could not be written next to %1.</source>
        <translation>Die Profile konnten nicht neben %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profiles file %1 could not be replaced.</source>
        <translation>Die Profildatei %1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>ProxyFactory</name>
    <message>
        <location filename="../../src/core/ProxyFactory.cpp" line="+227"/>
        <source>The proxy URL is empty; give http://host:port or socks5://host:port.</source>
        <translation>Die Proxy-URL ist leer; geben Sie http://host:port oder socks5://host:port an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The proxy URL is not valid; give http://host:port or socks5://host:port.</source>
        <translation>Die Proxy-URL ist ungültig; geben Sie http://host:port oder socks5://host:port an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A proxy reached over TLS (https://) is not supported; give http://host:port (HTTPS to Zuora still goes through it encrypted, with CONNECT).</source>
        <translation>Ein über TLS erreichter Proxy (https://) wird nicht unterstützt; geben Sie http://host:port an (HTTPS zu Zuora läuft trotzdem verschlüsselt hindurch, mit CONNECT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only SOCKS5 proxies are supported (socks5://host:port), not %1.</source>
        <translation>Nur SOCKS5-Proxys werden unterstützt (socks5://host:port), nicht %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown proxy type &quot;%1&quot;; give http://host:port or socks5://host:port.</source>
        <translation>Unbekannter Proxy-Typ „%1“; geben Sie http://host:port oder socks5://host:port an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy URL names no port; give it as %1://host:port.</source>
        <translation>Die Proxy-URL nennt keinen Port; geben Sie sie als %1://host:port an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A proxy URL has no path; give %1://host:port.</source>
        <translation>Eine Proxy-URL hat keinen Pfad; geben Sie %1://host:port an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A proxy URL has no query or fragment; give %1://host:port.</source>
        <translation>Eine Proxy-URL hat keine Abfrage und kein Fragment; geben Sie %1://host:port an.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the proxy&apos;s host.</source>
        <translation>Geben Sie den Host des Proxys ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy host is not a host name or IP address.</source>
        <translation>Der Proxy-Host ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>Der Proxy-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy user name contains control characters or is too long.</source>
        <translation>Der Proxy-Benutzername enthält Steuerzeichen oder ist zu lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy user name must not contain &quot;:&quot; (proxies read user:password).</source>
        <translation>Der Proxy-Benutzername darf kein „:“ enthalten (Proxys lesen benutzer:passwort).</translation>
    </message>
</context>
<context>
    <name>ProxyFailure</name>
    <message>
        <location filename="../../src/core/ProxyFailure.cpp" line="+65"/>
        <source>The proxy refused the user name or password (proxy %1).</source>
        <translation>Der Proxy hat den Benutzernamen oder das Passwort abgelehnt (Proxy %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy refused the user name or password (proxy %1, user %2).</source>
        <translation>Der Proxy hat den Benutzernamen oder das Passwort abgelehnt (Proxy %1, Benutzer %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proxy password was given: zuora-check reads it from ZUORA_PROXY_PASSWORD, the app keeps it in the keychain with the profile. Nothing was sent to Zuora.</source>
        <translation>Es wurde kein Proxy-Passwort angegeben: zuora-check liest es aus ZUORA_PROXY_PASSWORD, die App bewahrt es mit dem Profil im Schlüsselbund auf. An Zuora wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the user name and password in the system&apos;s proxy setting (http_proxy / https_proxy). Nothing was sent to Zuora.</source>
        <translation>Prüfen Sie Benutzername und Passwort in der Proxy-Einstellung des Systems (http_proxy / https_proxy). An Zuora wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the proxy&apos;s user name and password. Nothing was sent to Zuora.</source>
        <translation>Prüfen Sie Benutzername und Passwort des Proxys. An Zuora wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the proxy&apos;s user name and password; if they are right, the proxy could not reach %1 and its log says why. Nothing was sent to Zuora.</source>
        <translation>Prüfen Sie Benutzername und Passwort des Proxys; stimmen sie, konnte der Proxy %1 nicht erreichen, und sein Protokoll sagt, warum. An Zuora wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy %1 asks for a user name and password, and none is set.</source>
        <translation>Der Proxy %1 verlangt Benutzername und Passwort, und keine sind eingestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the proxy&apos;s user name (http://USER@host:port or socks5://USER@host:port) and its password.</source>
        <translation>Geben Sie den Benutzernamen des Proxys (http://BENUTZER@host:port oder socks5://BENUTZER@host:port) und sein Passwort an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s proxy setting names no user: set the proxy explicitly with its user name (zuora-check --proxy http://USER@host:port) and its password.</source>
        <translation>Die Proxy-Einstellung des Systems nennt keinen Benutzer: Stellen Sie den Proxy ausdrücklich mit seinem Benutzernamen ein (zuora-check --proxy http://BENUTZER@host:port) und geben Sie sein Passwort an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection refused by the proxy %1.</source>
        <translation>Verbindung vom Proxy %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing listens there: check the proxy&apos;s host and port, and that the proxy is running.</source>
        <translation>Dort lauscht nichts: Prüfen Sie Host und Port des Proxys und ob der Proxy läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>The proxy&apos;s host %1 was not found.</source>
        <translation>Der Host des Proxys, %1, wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Check the spelling of the proxy&apos;s host and this computer&apos;s DNS.</source>
        <translation>Prüfen Sie die Schreibweise des Proxy-Hosts und das DNS dieses Computers.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The proxy %1 did not answer in time.</source>
        <translation>Der Proxy %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy&apos;s host and port and the network on the way to it.</source>
        <translation>Prüfen Sie Host und Port des Proxys und das Netzwerk auf dem Weg dorthin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy %1 closed the connection before %2 answered.</source>
        <translation>Der Proxy %1 hat die Verbindung geschlossen, bevor %2 geantwortet hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy may not allow connections to %1; its log says why.</source>
        <translation>Der Proxy erlaubt womöglich keine Verbindungen zu %1; sein Protokoll sagt, warum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy %1 does not allow a connection to %2.</source>
        <translation>Der Proxy %1 erlaubt keine Verbindung zu %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its rules must allow CONNECT to port %1 (tinyproxy: ConnectPort, squid: SSL_ports).</source>
        <translation>Seine Regeln müssen CONNECT zu Port %1 erlauben (tinyproxy: ConnectPort, squid: SSL_ports).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy %1 could not open a connection to %2.</source>
        <translation>Der Proxy %1 konnte keine Verbindung zu %2 öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It answered CONNECT with an error: it may not reach %1, or not allow CONNECT to port %2; its log says why.</source>
        <translation>Er hat CONNECT mit einem Fehler beantwortet: Er erreicht %1 womöglich nicht oder erlaubt kein CONNECT zu Port %2; sein Protokoll sagt, warum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The proxy %1 could not find the host %2.</source>
        <translation>Der Proxy %1 konnte den Host %2 nicht finden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the host; the proxy looks it up with its own DNS.</source>
        <translation>Prüfen Sie die Schreibweise des Hosts; der Proxy löst ihn mit seinem eigenen DNS auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host not found: the proxy&apos;s host %1, or %2 as the proxy looked it up.</source>
        <translation>Host nicht gefunden: der Host des Proxys, %1, oder %2, wie der Proxy ihn aufgelöst hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of both, this computer&apos;s DNS and the proxy&apos;s.</source>
        <translation>Prüfen Sie die Schreibweise beider, das DNS dieses Computers und das des Proxys.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection refused by %1, as the proxy %2 reports.</source>
        <translation>Verbindung von %1 abgelehnt, wie der Proxy %2 meldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing listens there: check the host and port in the base URL.</source>
        <translation>Dort lauscht nichts: Prüfen Sie Host und Port in der Basis-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The proxy %1 failed: %2</source>
        <translation>Der Proxy %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Check the proxy settings; the proxy&apos;s log says more.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen; das Protokoll des Proxys sagt mehr.</translation>
    </message>
</context>
<context>
    <name>ResultClassifier</name>
    <message>
        <location filename="../../src/core/ResultClassifier.cpp" line="+164"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+157"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>The server answered HTTP %1 and redirects to %2; it was not followed, so the credentials were not sent on.</source>
        <translation>Der Server antwortete mit HTTP %1 und leitet nach %2 weiter; der Weiterleitung wurde nicht gefolgt, die Zugangsdaten wurden also nicht weitergegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no location)</source>
        <translation>(kein Ziel angegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the base URL. If you trust the new address, use it as the base URL.</source>
        <translation>Prüfen Sie die Basis-URL. Wenn Sie der neuen Adresse vertrauen, verwenden Sie sie als Basis-URL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rate limited by Zuora (HTTP 429).</source>
        <translation>Von Zuora wegen zu vieler Anfragen gebremst (HTTP 429).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited by Zuora (HTTP 429); retry after %1 s.</source>
        <translation>Von Zuora wegen zu vieler Anfragen gebremst (HTTP 429); erneut versuchen nach %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuora limits logins per IP address and per tenant: wait, then test again with fewer checks at once.</source>
        <translation>Zuora begrenzt Anmeldungen je IP-Adresse und je Mandant: Warten Sie und testen Sie dann erneut mit weniger gleichzeitigen Prüfungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zuora refused the credentials (HTTP %1).</source>
        <translation>Zuora hat die Zugangsdaten abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+63"/>
        <source>Check the client id and secret, and that the OAuth client is active.</source>
        <translation>Prüfen Sie Client-ID und Client-Secret und ob der OAuth-Client aktiv ist.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Check the user name and password, and that the user has API access.</source>
        <translation>Prüfen Sie Benutzername und Passwort und ob der Benutzer API-Zugriff hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the answer was not JSON: a proxy may have answered instead of Zuora)</source>
        <translation>(die Antwort war kein JSON: Vielleicht hat ein Proxy statt Zuora geantwortet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a Zuora answer: HTTP %1 %2 with %3.</source>
        <translation>Keine Antwort von Zuora: HTTP %1 %2 mit %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>an HTML page</source>
        <translation>einer HTML-Seite</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>a body that is not JSON</source>
        <translation>einem Inhalt, der kein JSON ist</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+179"/>
        <source>A gateway or proxy answered. Retry later; if it persists, check the base URL and any proxy.</source>
        <translation>Ein Gateway oder Proxy hat geantwortet. Versuchen Sie es später erneut; wenn es so bleibt, prüfen Sie die Basis-URL und einen etwaigen Proxy.</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Zuora reported a server error (HTTP %1).</source>
        <translation>Zuora meldete einen Serverfehler (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error (HTTP %1): %2</source>
        <translation>Serverfehler (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry later; if it persists, give Zuora Support the Zuora-Request-Id.</source>
        <translation>Versuchen Sie es später erneut; wenn es so bleibt, nennen Sie dem Zuora-Support die Zuora-Request-Id.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a Zuora answer: HTTP %1 with %2.</source>
        <translation>Keine Antwort von Zuora: HTTP %1 mit %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL may point at a web page rather than the REST API: check it.</source>
        <translation>Die Basis-URL zeigt vielleicht auf eine Webseite statt auf die REST-API: Prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The endpoint %1 was not found here (HTTP %2).</source>
        <translation>Der Endpunkt %1 wurde hier nicht gefunden (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the base URL and environment: a legacy host may need a /rest prefix.</source>
        <translation>Prüfen Sie Basis-URL und Umgebung: Ein älterer Host braucht eventuell das Präfix /rest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+142"/>
        <source>HTTP %1 with an empty body: nothing says whether the login worked.</source>
        <translation>HTTP %1 mit leerem Inhalt: Nichts zeigt an, ob die Anmeldung funktioniert hat.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Retry; if it persists, check that the base URL is Zuora&apos;s REST API.</source>
        <translation>Versuchen Sie es erneut; wenn es so bleibt, prüfen Sie, ob die Basis-URL die REST-API von Zuora ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OAuth token issued (%1, expires in %2 s).</source>
        <translation>OAuth-Token ausgestellt (%1, läuft in %2 s ab).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no type</source>
        <translation>ohne Typ</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the string &quot;%1&quot;</source>
        <translation>die Zeichenkette „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a login is accepted only with HTTP 200, and this answer is HTTP %1</source>
        <translation>eine Anmeldung wird nur mit HTTP 200 akzeptiert, und diese Antwort ist HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the answer has no &quot;success&quot; key</source>
        <translation>die Antwort hat keinen Schlüssel „success“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer has %1 &quot;success&quot; keys, so it says both things at once</source>
        <translation>die Antwort hat %1 Schlüssel „success“ und sagt damit beides zugleich</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>the key &quot;%1&quot; appears more than once, so the answer is ambiguous</source>
        <translation>der Schlüssel „%1“ kommt mehrfach vor, die Antwort ist also mehrdeutig</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&quot;success&quot; is %1, not the JSON boolean true</source>
        <translation>„success“ ist %1, nicht der JSON-Wahrheitswert true</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;success&quot; is true, yet the answer gives a reason: %1</source>
        <translation>„success“ ist true, doch die Antwort nennt einen Grund: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;success&quot; is true, yet the answer carries reasons or errors</source>
        <translation>„success“ ist true, doch die Antwort enthält Gründe oder Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a token is accepted only with HTTP 200, and this answer is HTTP %1</source>
        <translation>ein Token wird nur mit HTTP 200 akzeptiert, und diese Antwort ist HTTP %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;access_token&quot; is %1, not a non-empty string</source>
        <translation>„access_token“ ist %1, keine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;token_type&quot; is %1, not &quot;bearer&quot;</source>
        <translation>„token_type“ ist %1, nicht „bearer“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer carries a token and also &quot;%1&quot;: %2</source>
        <translation>die Antwort enthält ein Token und zugleich „%1“: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a SOAP login is accepted only with HTTP 200, and this answer is HTTP %1</source>
        <translation>eine SOAP-Anmeldung wird nur mit HTTP 200 akzeptiert, und diese Antwort ist HTTP %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the loginResponse carries no Session</source>
        <translation>die loginResponse enthält kein Element Session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the body is not the SOAP login answer: %1</source>
        <translation>der Inhalt ist keine Antwort auf die SOAP-Anmeldung: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body is a SOAP fault (%1)</source>
        <translation>der Inhalt ist ein SOAP-Fault (%1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server sent an interim answer (HTTP %1 %2) before its final one, and Qt ends the exchange there: the final answer could not be read, so nothing says whether the login worked.</source>
        <translation>Der Server hat vor seiner endgültigen Antwort eine Zwischenantwort gesendet (HTTP %1 %2), und Qt beendet den Austausch dort: Die endgültige Antwort konnte nicht gelesen werden, also zeigt nichts an, ob die Anmeldung funktioniert hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zuora sends no interim answers: a proxy or a server that is not Zuora may be answering. Check the base URL and any proxy.</source>
        <translation>Zuora sendet keine Zwischenantworten: Vielleicht antwortet ein Proxy oder ein Server, der nicht Zuora ist. Prüfen Sie die Basis-URL und einen etwaigen Proxy.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+27"/>
        <location line="+57"/>
        <source>Not accepted: %1.</source>
        <translation>Nicht akzeptiert: %1.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>This is not how Zuora issues a token: look at the raw response, check the base URL and any proxy.</source>
        <translation>So stellt Zuora kein Token aus: Sehen Sie sich die unformatierte Antwort an, prüfen Sie die Basis-URL und einen etwaigen Proxy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OAuth token issued (%1, no usable expires_in).</source>
        <translation>OAuth-Token ausgestellt (%1, ohne verwertbares expires_in).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token covers several entities: later calls must send Zuora-Entity-Ids.</source>
        <translation>Das Token gilt für mehrere Entitäten: Spätere Aufrufe müssen Zuora-Entity-Ids senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zuora refused the token request (HTTP 400).</source>
        <translation>Zuora hat die Token-Anfrage abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not how Zuora accepts a login: look at the raw response, check the base URL and any proxy.</source>
        <translation>So akzeptiert Zuora keine Anmeldung: Sehen Sie sich die unformatierte Antwort an, prüfen Sie die Basis-URL und einen etwaigen Proxy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session login accepted; Zuora issued a ZSession cookie.</source>
        <translation>Sitzungsanmeldung akzeptiert; Zuora hat ein ZSession-Cookie ausgestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session login accepted, but no ZSession cookie came back.</source>
        <translation>Sitzungsanmeldung akzeptiert, aber es kam kein ZSession-Cookie zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zuora answered success: false without a reason (HTTP %1).</source>
        <translation>Zuora antwortete mit success: false ohne Begründung (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name, password and entity id.</source>
        <translation>Prüfen Sie Benutzername, Passwort und Entitäts-ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected answer: HTTP %1 with JSON of an unknown shape.</source>
        <translation>Unerwartete Antwort: HTTP %1 mit JSON in unbekannter Form.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer (HTTP %1): %2</source>
        <translation>Unerwartete Antwort (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the raw response; check the base URL and the authentication mode.</source>
        <translation>Sehen Sie sich die unformatierte Antwort an; prüfen Sie Basis-URL und Anmeldeverfahren.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rate limited by Zuora (HTTP %1%2).</source>
        <translation>Von Zuora wegen zu vieler Anfragen gebremst (HTTP %1%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited by Zuora (HTTP %1); retry after %2 s.</source>
        <translation>Von Zuora wegen zu vieler Anfragen gebremst (HTTP %1); erneut versuchen nach %2 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuora allows 100 logins a minute from one IP address: wait, then test again with fewer checks at once.</source>
        <translation>Zuora erlaubt 100 Anmeldungen pro Minute von einer IP-Adresse: Warten Sie und testen Sie dann erneut mit weniger gleichzeitigen Prüfungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not how Zuora accepts a SOAP login: look at the raw response, check the base URL and any proxy.</source>
        <translation>So akzeptiert Zuora keine SOAP-Anmeldung: Sehen Sie sich die unformatierte Antwort an, prüfen Sie die Basis-URL und einen etwaigen Proxy.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>SOAP login accepted; Zuora issued a session (%n characters).</source>
        <translation>
            <numerusform>SOAP-Anmeldung akzeptiert; Zuora hat eine Sitzung ausgestellt (%n Zeichen).</numerusform>
            <numerusform>SOAP-Anmeldung akzeptiert; Zuora hat eine Sitzung ausgestellt (%n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zuora says to send later calls to %1, another host than the one called (%2).</source>
        <translation>Zuora gibt an, spätere Aufrufe an %1 zu senden, einen anderen Host als den aufgerufenen (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session belongs to %1: integrations must call that host with it.</source>
        <translation>Die Sitzung gehört zu %1: Integrationen müssen mit ihr diesen Host aufrufen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zuora answered the SOAP login without a Session (HTTP %1): nothing to log in with.</source>
        <translation>Zuora hat die SOAP-Anmeldung ohne Element Session beantwortet (HTTP %1): Damit ist keine Anmeldung möglich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it persists, give Zuora Support the time of the attempt and the raw response.</source>
        <translation>Versuchen Sie es erneut; wenn es so bleibt, geben Sie dem Zuora-Support den Zeitpunkt des Versuchs und die unformatierte Antwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tenant&apos;s IP allow-list refused this computer&apos;s address: fix it at the tenant, not the password.</source>
        <translation>Die IP-Zulassungsliste des Mandanten hat die Adresse dieses Computers abgelehnt: Korrigieren Sie die Liste im Mandanten, nicht das Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong user name or password, the wrong environment, or (for users moved to OneID) a password that no longer works for the API.</source>
        <translation>Falscher Benutzername oder falsches Passwort, die falsche Umgebung oder (bei Benutzern, die zu OneID umgezogen sind) ein Passwort, das für die API nicht mehr gilt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user may not use the API: an administrator must enable API access for it.</source>
        <translation>Der Benutzer darf die API nicht verwenden: Ein Administrator muss den API-Zugriff für ihn aktivieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zuora refused the login; the code and message above say why.</source>
        <translation>Zuora hat die Anmeldung abgelehnt; Code und Meldung oben nennen den Grund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuora refused the SOAP login (LoginFault %1).</source>
        <translation>Zuora hat die SOAP-Anmeldung abgelehnt (LoginFault %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zuora could not log in for its own reasons (UnexpectedErrorFault %1).</source>
        <translation>Zuora konnte die Anmeldung aus eigenen Gründen nicht durchführen (UnexpectedErrorFault %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Zuora-side problem: retry later; if it persists, give Zuora Support the time of the attempt.</source>
        <translation>Ein Problem auf Seiten von Zuora: Versuchen Sie es später erneut; wenn es so bleibt, nennen Sie dem Zuora-Support den Zeitpunkt des Versuchs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zuora answered with a SOAP fault without a login detail (%1).</source>
        <translation>Zuora hat mit einem SOAP-Fault ohne Detail zur Anmeldung geantwortet (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request envelope was not understood: check the WSDL version; if it persists this is a fault of this tool.</source>
        <translation>Der Envelope der Anfrage wurde nicht verstanden: Prüfen Sie die WSDL-Version; wenn es so bleibt, ist das ein Fehler dieses Werkzeugs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry; if it persists, check that the base URL is a Zuora environment.</source>
        <translation>Versuchen Sie es erneut; wenn es so bleibt, prüfen Sie, ob die Basis-URL eine Zuora-Umgebung ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SOAP endpoint %1 was not found here (HTTP %2).</source>
        <translation>Der SOAP-Endpunkt %1 wurde hier nicht gefunden (HTTP %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zuora says its SOAP API is not available in this data centre: use a session login or OAuth.</source>
        <translation>Laut Zuora ist die SOAP-API in diesem Rechenzentrum nicht verfügbar: Verwenden Sie eine Sitzungsanmeldung oder OAuth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the base URL and the WSDL version.</source>
        <translation>Prüfen Sie die Basis-URL und die WSDL-Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a SOAP login answer: HTTP %1 %2, %3.</source>
        <translation>Keine Antwort auf eine SOAP-Anmeldung: HTTP %1 %2, %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL may point at something other than Zuora: check it and any proxy.</source>
        <translation>Die Basis-URL zeigt vielleicht auf etwas anderes als Zuora: Prüfen Sie sie und einen etwaigen Proxy.</translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <location filename="../../ui/ResultPane.ui"/>
        <source>Result details</source>
        <translation>Details zum Ergebnis</translation>
    </message>
    <message>
        <location/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location/>
        <source>Raw &amp;body</source>
        <translation>Un&amp;formatiert</translation>
    </message>
    <message>
        <location/>
        <source>Show the raw body</source>
        <translation>Den unformatierten Inhalt anzeigen</translation>
    </message>
    <message>
        <location/>
        <source>Show the token in c&amp;lear</source>
        <translation>Token im K&amp;lartext anzeigen</translation>
    </message>
    <message>
        <location/>
        <source>Show the access token in clear</source>
        <translation>Das Zugriffstoken im Klartext anzeigen</translation>
    </message>
    <message>
        <location/>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <location/>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <location/>
        <source>Response body</source>
        <translation>Inhalt der Antwort</translation>
    </message>
    <message>
        <location/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location/>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <location/>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <location/>
        <source>Show values in c&amp;lear</source>
        <translation>Werte im K&amp;lartext anzeigen</translation>
    </message>
    <message>
        <location/>
        <source>Reveal cookie values</source>
        <translation>Cookie-Werte anzeigen</translation>
    </message>
    <message>
        <location/>
        <source>Copy session cookie</source>
        <translation>Sitzungscookie kopieren</translation>
    </message>
    <message>
        <location/>
        <source>Timing</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location/>
        <source>Request as sent</source>
        <translation>Anfrage wie gesendet</translation>
    </message>
    <message>
        <location/>
        <source>Inc&amp;lude the secret in the command</source>
        <translation>Geheimnis in den Befeh&amp;l aufnehmen</translation>
    </message>
    <message>
        <location/>
        <source>Include the secret in the curl command</source>
        <translation>Das Geheimnis in den curl-Befehl aufnehmen</translation>
    </message>
    <message>
        <location/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <location/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location/>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <location/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location/>
        <source>Token expiry</source>
        <translation>Ablauf des Tokens</translation>
    </message>
    <message>
        <location/>
        <source>Scope:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <location/>
        <source>Token scope</source>
        <translation>Geltungsbereich des Tokens</translation>
    </message>
    <message>
        <location/>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <location/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location/>
        <source>Copy report for support</source>
        <translation>Bericht für den Support kopieren</translation>
    </message>
    <message>
        <location/>
        <source>A plain-text block for a Zuora support case or a ticket: versions, time, endpoint, user, request id, codes decoded, timings, route and TLS. Never a secret, cookie value or token.</source>
        <translation>Ein Textblock für einen Zuora-Supportfall oder ein Ticket: Versionen, Zeit, Endpunkt, Benutzer, Request-ID, entschlüsselte Codes, Zeiten, Route und TLS. Nie ein Geheimnis, ein Cookie-Wert oder ein Token.</translation>
    </message>
    <message>
        <location/>
        <source>Certificate &amp;&amp; fin&amp;gerprint</source>
        <translation>Zertifikat &amp;&amp; Fin&amp;gerabdruck</translation>
    </message>
    <message>
        <location/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
</context>
<context>
    <name>SoapLogin</name>
    <message>
        <location filename="../../src/core/SoapLogin.cpp" line="+94"/>
        <source>The user name, password or entity id holds a character that XML cannot carry (a control character), so a SOAP login cannot send it as typed.</source>
        <translation>Benutzername, Passwort oder Entitäts-ID enthält ein Zeichen, das XML nicht transportieren kann (ein Steuerzeichen), daher kann eine SOAP-Anmeldung es nicht wie eingegeben senden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it declares a DTD or entities, which a SOAP answer never does</source>
        <translation>sie deklariert eine DTD oder Entitäten, was eine SOAP-Antwort nie tut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text outside the expected elements</source>
        <translation>Text außerhalb der erwarteten Elemente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not a SOAP 1.1 envelope (the first element is &lt;%1&gt;)</source>
        <translation>sie ist kein SOAP-1.1-Envelope (das erste Element ist &lt;%1&gt;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected element &lt;%1&gt; in the envelope</source>
        <translation>unerwartetes Element &lt;%1&gt; im Envelope</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than one element in the SOAP body</source>
        <translation>mehr als ein Element im SOAP-Body</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loginResponse without its result</source>
        <translation>loginResponse ohne Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected element &lt;%1&gt; in the login result</source>
        <translation>unerwartetes Element &lt;%1&gt; im Anmeldeergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Session element holds more than text</source>
        <translation>das Element Session enthält mehr als Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ServerUrl element holds more than text</source>
        <translation>das Element ServerUrl enthält mehr als Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected or repeated element &lt;%1&gt; in the login result</source>
        <translation>unerwartetes oder wiederholtes Element &lt;%1&gt; im Anmeldeergebnis</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+26"/>
        <source>unexpected element &lt;%1&gt; in the fault</source>
        <translation>unerwartetes Element &lt;%1&gt; im Fault</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>the faultcode holds more than text</source>
        <translation>der faultcode enthält mehr als Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the faultstring holds more than text</source>
        <translation>der faultstring enthält mehr als Text</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a fault without a faultcode</source>
        <translation>ein Fault ohne faultcode</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the SOAP body holds &lt;%1&gt;, not a login answer or a fault</source>
        <translation>der SOAP-Body enthält &lt;%1&gt;, keine Anmeldeantwort und keinen Fault</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the XML is broken (%1, line %2)</source>
        <translation>das XML ist fehlerhaft (%1, Zeile %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no XML element</source>
        <translation>es gibt kein XML-Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SOAP body is empty</source>
        <translation>der SOAP-Body ist leer</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <location filename="../../src/core/SupportReport.cpp" line="+33"/>
        <source>Zuora login check - report for support</source>
        <translation>Zuora-Anmeldeprüfung - Bericht für den Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2 (Qt %3, %4, %5)</source>
        <translation>%1 %2 (Qt %3, %4, %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked at (UTC)</source>
        <translation>Geprüft um (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>custom address</source>
        <translation>eigene Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login kind</source>
        <translation>Anmeldeart</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity id</source>
        <translation>Entitäts-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track id</source>
        <translation>Track-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>nothing was sent</source>
        <translation>es wurde nichts gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process id</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 cookie set (value not included, %n characters)</source>
        <translation>
            <numerusform>Cookie %1 gesetzt (Wert nicht enthalten, %n Zeichen)</numerusform>
            <numerusform>Cookie %1 gesetzt (Wert nicht enthalten, %n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 token issued (not included, %n characters)</source>
        <translation>
            <numerusform>%1-Token ausgestellt (nicht enthalten, %n Zeichen)</numerusform>
            <numerusform>%1-Token ausgestellt (nicht enthalten, %n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS done</source>
        <translation>TLS fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first byte</source>
        <translation>erstes Byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>through the proxy %1</source>
        <translation>über den Proxy %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS warning</source>
        <translation>TLS-Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS problem</source>
        <translation>TLS-Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>TlsDetails</name>
    <message>
        <location filename="../../src/core/TlsDetails.cpp" line="+198"/>
        <source>Not encrypted (plain HTTP to this computer).</source>
        <translation>Nicht verschlüsselt (einfaches HTTP zu diesem Computer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>certificate for %1 by %2, expires %3 (in %n days)</source>
        <translation>
            <numerusform>Zertifikat für %1 von %2, läuft am %3 ab (in %n Tag)</numerusform>
            <numerusform>Zertifikat für %1 von %2, läuft am %3 ab (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate for %1 by %2 expired on %3</source>
        <translation>Zertifikat für %1 von %2, abgelaufen am %3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The server certificate expires in %n days: renew it before logins start failing.</source>
        <translation>
            <numerusform>Das Serverzertifikat läuft in %n Tag ab: Erneuern Sie es, bevor Anmeldungen fehlschlagen.</numerusform>
            <numerusform>Das Serverzertifikat läuft in %n Tagen ab: Erneuern Sie es, bevor Anmeldungen fehlschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chain ends in an authority trusted only through this profile&apos;s extra CA file, not the system&apos;s: typical of a company proxy that inspects TLS.</source>
        <translation>Die Kette endet bei einer Zertifizierungsstelle, der nur über die zusätzliche CA-Datei dieses Profils vertraut wird, nicht über die des Systems: typisch für einen Firmen-Proxy, der TLS untersucht.</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <location filename="../../src/core/TlsErrorText.cpp" line="+20"/>
        <source>Self-signed certificate (%1): nobody vouches for it.</source>
        <translation>Selbstsigniertes Zertifikat (%1): Niemand bürgt dafür.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate chain ends in a self-signed certificate this computer does not trust.</source>
        <translation>Die Zertifikatskette endet in einem selbstsignierten Zertifikat, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate expired on %1.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate is not valid before %1 (check this computer&apos;s clock).</source>
        <translation>Das Zertifikat ist erst ab %1 gültig (prüfen Sie die Uhr dieses Computers).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong host: the certificate is for %1, not %2.</source>
        <translation>Falscher Host: Das Zertifikat gilt für %1, nicht für %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untrusted certificate: it was issued by %1, which this computer does not trust.</source>
        <translation>Nicht vertrauenswürdiges Zertifikat: Es wurde von %1 ausgestellt, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown authority</source>
        <translation>einer unbekannten Zertifizierungsstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate has been revoked.</source>
        <translation>Das Zertifikat wurde widerrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check the host name in the base URL; a proxy that intercepts TLS can cause this too.</source>
        <translation>Prüfen Sie den Hostnamen in der Basis-URL; auch ein Proxy, der TLS aufbricht, kann das verursachen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check this computer&apos;s date and time; otherwise the server&apos;s certificate must be renewed.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers; andernfalls muss das Zertifikat des Servers erneuert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If a company proxy or a test server uses its own authority, trust its CA certificate file for this profile.</source>
        <translation>Wenn ein Firmen-Proxy oder ein Testserver eine eigene Zertifizierungsstelle verwendet, vertrauen Sie deren CA-Zertifikatsdatei für dieses Profil.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>TLS handshake with %1 failed: the server does not speak TLS 1.2 or newer (%2).</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: Der Server spricht weder TLS 1.2 noch neuer (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake with %1 failed: the server refused it, for example for want of a cipher suite in common (%2).</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: Der Server hat ihn abgelehnt, etwa mangels gemeinsamer Cipher-Suite (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Zuora speaks TLS 1.2 and 1.3: an old proxy or server is answering. Check the base URL and the proxy.</source>
        <translation>Zuora spricht TLS 1.2 und 1.3: Hier antwortet ein alter Proxy oder Server. Prüfen Sie die Basis-URL und den Proxy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zuora accepts this app&apos;s TLS settings: a proxy or server with other requirements is answering. Check the base URL and the proxy.</source>
        <translation>Zuora akzeptiert die TLS-Einstellungen dieser App: Hier antwortet ein Proxy oder Server mit anderen Anforderungen. Prüfen Sie die Basis-URL und den Proxy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server may not support TLS 1.2 or newer.</source>
        <translation>Der Server unterstützt möglicherweise kein TLS 1.2 oder neuer.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: the server and this app share no cipher suite (%2).</source>
        <translation type="vanished">TLS-Handshake mit %1 fehlgeschlagen: Server und App haben keine gemeinsame Cipher-Suite (%2).</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ZuoraErrorCode</name>
    <message>
        <location filename="../../src/core/ZuoraErrorCode.cpp" line="+64"/>
        <source>Permission or access denied</source>
        <translation>Berechtigung fehlt oder Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid format or value</source>
        <translation>Ungültiges Format oder ungültiger Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown field in request</source>
        <translation>Unbekanntes Feld in der Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing required parameter</source>
        <translation>Pflichtparameter fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid query parameter</source>
        <translation>Ungültiger Abfrageparameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule restriction</source>
        <translation>Durch Regel eingeschränkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupported request</source>
        <translation>Nicht unterstützte Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locking contention</source>
        <translation>Sperrkonflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary error</source>
        <translation>Vorübergehender Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request exceeded limit</source>
        <translation>Anfragelimit überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed request</source>
        <translation>Fehlerhafte Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration error</source>
        <translation>Integrationsfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown category</source>
        <translation>Unbekannte Kategorie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong user name or password, or the user has no API access: check both, and that the API user&apos;s password has not expired.</source>
        <translation>Falscher Benutzername oder falsches Passwort, oder der Benutzer hat keinen API-Zugriff: Prüfen Sie beides und ob das Passwort des API-Benutzers abgelaufen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user may not log in here: check its entity (Zuora-Entity-Ids) and its permissions in Zuora.</source>
        <translation>Der Benutzer darf sich hier nicht anmelden: Prüfen Sie seine Entität (Zuora-Entity-Ids) und seine Berechtigungen in Zuora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant or user lacks a permission: ask a Zuora administrator or Zuora Global Support.</source>
        <translation>Dem Mandanten oder Benutzer fehlt eine Berechtigung: Fragen Sie einen Zuora-Administrator oder Zuora Global Support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and password (or client id and secret) and that the user has API access.</source>
        <translation>Prüfen Sie Benutzername und Passwort (oder Client-ID und Client-Secret) und ob der Benutzer API-Zugriff hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value has the wrong format: check the entity id and the other fields.</source>
        <translation>Ein Wert hat das falsche Format: Prüfen Sie die Entitäts-ID und die übrigen Felder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request carries a field Zuora does not know: remove it.</source>
        <translation>Die Anfrage enthält ein Feld, das Zuora nicht kennt: Entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required field is missing from the request body.</source>
        <translation>Im Inhalt der Anfrage fehlt ein Pflichtfeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required query parameter is missing.</source>
        <translation>Ein erforderlicher Abfrageparameter fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A query parameter is invalid.</source>
        <translation>Ein Abfrageparameter ist ungültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A business rule refused the request.</source>
        <translation>Eine Geschäftsregel hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resource does not exist: check the base URL and the environment.</source>
        <translation>Die Ressource existiert nicht: Prüfen Sie Basis-URL und Umgebung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The endpoint does not support this method: check the base URL.</source>
        <translation>Der Endpunkt unterstützt diese Methode nicht: Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locking contention: retry; if it persists, give Zuora Support the Zuora-Request-Id.</source>
        <translation>Sperrkonflikt: Versuchen Sie es erneut; wenn es so bleibt, nennen Sie dem Zuora-Support die Zuora-Request-Id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal error at Zuora: give Zuora Support the Zuora-Request-Id and process id.</source>
        <translation>Interner Fehler bei Zuora: Nennen Sie dem Zuora-Support die Zuora-Request-Id und die Prozess-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary error: retry in a moment, then contact Zuora Support.</source>
        <translation>Vorübergehender Fehler: Versuchen Sie es gleich noch einmal und wenden Sie sich dann an den Zuora-Support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests: wait for the Retry-After time, then retry.</source>
        <translation>Zu viele Anfragen: Warten Sie die in Retry-After genannte Zeit ab und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed request: the JSON sent was not valid.</source>
        <translation>Fehlerhafte Anfrage: Das gesendete JSON war ungültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An external system (gateway, tax engine) failed: retry later.</source>
        <translation>Ein externes System (Gateway, Steuer-Engine) ist ausgefallen: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the code in Zuora&apos;s error-code reference.</source>
        <translation>Schlagen Sie den Code in der Fehlercode-Referenz von Zuora nach.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+53"/>
        <source>Zuora Credential Tester</source>
        <translation>Zuora Credential Tester</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tests Zuora REST API credentials.</source>
        <translation>Testet Zugangsdaten für die Zuora-REST-API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on the built-in demo tenant and test it.</source>
        <translation>Mit dem eingebauten Demo-Mandanten starten und ihn testen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit as soon as the window is shown and print the time it took (for benchmarks).</source>
        <translation>Beenden, sobald das Fenster angezeigt wird, und die benötigte Zeit ausgeben (für Benchmarks).</translation>
    </message>
</context>
<context>
    <name>zct::BatchResultsModel</name>
    <message>
        <source>Accepted</source>
        <translation type="vanished">Akzeptiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="vanished">Abgelehnt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="vanished">Fehler</translation>
    </message>
    <message>
        <location filename="../../src/gui/BatchResultsModel.cpp" line="+89"/>
        <source>Waiting…</source>
        <translation>Wartet …</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="vanished">%1 ms</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
</context>
<context>
    <name>zct::BatchRunner</name>
    <message>
        <location filename="../../src/core/BatchRunner.cpp" line="+308"/>
        <source>The first attempt was rate limited (HTTP 429, no Retry-After); retried once after %1 s.</source>
        <translation>Der erste Versuch wurde wegen zu vieler Anfragen gebremst (HTTP 429, ohne Retry-After); nach %1 s einmal wiederholt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first attempt was rate limited (HTTP 429, Retry-After: %1); retried once after %2 s.</source>
        <translation>Der erste Versuch wurde wegen zu vieler Anfragen gebremst (HTTP 429, Retry-After: %1); nach %2 s einmal wiederholt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The retry was rate limited too; it was not retried again.</source>
        <translation>Auch die Wiederholung wurde gebremst; sie wurde nicht noch einmal versucht.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Cancelled while waiting to retry after the rate limit; not retried.</source>
        <translation>Beim Warten auf die Wiederholung nach der Ratenbegrenzung abgebrochen; nicht wiederholt.</translation>
    </message>
</context>
<context>
    <name>zct::BatchSession</name>
    <message>
        <source>No secret for this profile: it does not remember one.</source>
        <translation type="vanished">Kein Geheimnis für dieses Profil: Es merkt sich keines.</translation>
    </message>
    <message>
        <source>Tick &quot;Remember the secret&quot; and save the profile, or test it on its own.</source>
        <translation type="vanished">Setzen Sie das Häkchen bei „Geheimnis merken“ und speichern Sie das Profil, oder testen Sie es einzeln.</translation>
    </message>
    <message>
        <source>The keychain did not provide the secret.</source>
        <translation type="vanished">Der Schlüsselbund hat das Geheimnis nicht geliefert.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="vanished">Vor dem Start abgebrochen.</translation>
    </message>
</context>
<context>
    <name>zct::BatchWindow</name>
    <message>
        <location filename="../../src/gui/BatchWindow.cpp" line="+34"/>
        <source>Fix the keychain as the notice says, or type the secret in the form and test again.</source>
        <translation>Beheben Sie das Problem mit dem Schlüsselbund wie im Hinweis beschrieben, oder geben Sie das Geheimnis im Formular ein und testen Sie erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select this row and press Set secret…, or type the secret in the form and test again.</source>
        <translation>Wählen Sie diese Zeile und klicken Sie auf „Geheimnis festlegen …“, oder geben Sie das Geheimnis im Formular ein und testen Sie erneut.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Testing: %1 of %2 done, %3 failed</source>
        <translation>Test läuft: %1 von %2 erledigt, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tested: %2 accepted, %3 failed</source>
        <translation>%1 getestet: %2 akzeptiert, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export results as JSON</source>
        <translation>Ergebnisse als JSON exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export results as CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>zct::CertificateView</name>
    <message>
        <location filename="../../src/gui/CertificateView.cpp" line="+74"/>
        <source>Nothing tested yet: the certificate the server presents shows here after a test over https.</source>
        <translation>Noch nichts getestet: Das Zertifikat, das der Server vorlegt, erscheint hier nach einem Test über https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No certificate: nothing was sent, so no connection was made.</source>
        <translation>Kein Zertifikat: Es wurde nichts gesendet, also wurde keine Verbindung aufgebaut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TLS: this check used plain http to a loopback address, so there is no certificate.</source>
        <translation>Kein TLS: Diese Prüfung verwendete einfaches http zu einer Loopback-Adresse, daher gibt es kein Zertifikat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TLS: this check used plain http, so there is no certificate.</source>
        <translation>Kein TLS: Diese Prüfung verwendete einfaches http, daher gibt es kein Zertifikat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No certificate was received: the check was cancelled before the TLS handshake.</source>
        <translation>Es wurde kein Zertifikat empfangen: Die Prüfung wurde vor dem TLS-Handshake abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificate was received: the TLS handshake failed before the server presented one.</source>
        <translation>Es wurde kein Zertifikat empfangen: Der TLS-Handshake ist fehlgeschlagen, bevor der Server eines vorgelegt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection was encrypted, but the server&apos;s certificate was not recorded.</source>
        <translation>Die Verbindung war verschlüsselt, aber das Zertifikat des Servers wurde nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificate was received: the connection failed before the TLS handshake.</source>
        <translation>Es wurde kein Zertifikat empfangen: Die Verbindung ist vor dem TLS-Handshake fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+24"/>
        <location line="+15"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not negotiated: the handshake did not complete</source>
        <translation>Nicht ausgehandelt: Der Handshake wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, cipher %2</source>
        <translation>%1, Cipher-Suite %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+15"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not trusted: %1</source>
        <translation>Nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not trusted: the TLS handshake failed. %1</source>
        <translation>Nicht vertrauenswürdig: Der TLS-Handshake ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: trusted only through this profile&apos;s extra CA file, not by the system: typical of a TLS-inspecting proxy.</source>
        <translation>Warnung: Nur über die zusätzliche CA-Datei dieses Profils vertrauenswürdig, nicht über das System: typisch für einen Proxy, der TLS aufbricht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted by this computer&apos;s certificate authorities.</source>
        <translation>Vertrauenswürdig über die Zertifizierungsstellen dieses Computers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expired: the server certificate stopped being valid on %1.</source>
        <translation>Abgelaufen: Das Serverzertifikat ist seit %1 nicht mehr gültig.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Warning: the server certificate expires in %n day(s), on %1: renew it before logins start failing.</source>
        <translation>
            <numerusform>Warnung: Das Serverzertifikat läuft in %n Tag ab, am %1: Erneuern Sie es, bevor Anmeldungen fehlschlagen.</numerusform>
            <numerusform>Warnung: Das Serverzertifikat läuft in %n Tagen ab, am %1: Erneuern Sie es, bevor Anmeldungen fehlschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The server certificate is valid for %n more day(s), until %1.</source>
        <translation>
            <numerusform>Das Serverzertifikat ist noch %n Tag gültig, bis %1.</numerusform>
            <numerusform>Das Serverzertifikat ist noch %n Tage gültig, bis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected certificate</source>
        <translation>Ausgewähltes Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate %1 of %2</source>
        <translation>Zertifikat %1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown type</source>
        <translation>Unbekannter Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes: it is its own issuer</source>
        <translation>Ja: Es ist sein eigener Aussteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied the SHA-256 fingerprint of %1.</source>
        <translation>Der SHA-256-Fingerabdruck von %1 wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>zct::ConnectionFormPane</name>
    <message>
        <location filename="../../src/gui/ConnectionFormPane.cpp" line="+63"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiviert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Custom URL…</source>
        <translation>Eigene URL …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct (no proxy)</source>
        <translation>Direkt (ohne Proxy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Demo profiles keep their secret in memory only</source>
        <translation>Demo-Profile halten ihr Geheimnis nur im Speicher</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading from the keychain…</source>
        <translation>Wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type the secret: the keychain did not provide it</source>
        <translation>Geheimnis eingeben: Der Schlüsselbund hat es nicht geliefert</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Zuora says its SOAP API is not available in the EU and APAC data centres; a test still sends the login and shows what comes back.</source>
        <translation>Laut Zuora ist die SOAP-API in den Rechenzentren EU und APAC nicht verfügbar; ein Test sendet die Anmeldung trotzdem und zeigt, was zurückkommt.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Copied the curl command with the secret; the clipboard is cleared in 30 s.</source>
        <translation>Der curl-Befehl wurde mit dem Geheimnis kopiert; die Zwischenablage wird in 30 s geleert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the curl command; it reads the secret from $%1.</source>
        <translation>Der curl-Befehl wurde kopiert; er liest das Geheimnis aus $%1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The profile has unsaved changes.</source>
        <translation>Das Profil hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trust a CA certificate</source>
        <translation>Einem CA-Zertifikat vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>zct::CookiesModel</name>
    <message numerus="yes">
        <location filename="../../src/gui/CookiesModel.cpp" line="+54"/>
        <source>•••••••• (%n characters)</source>
        <translation>
            <numerusform>•••••••• (%n Zeichen)</numerusform>
            <numerusform>•••••••• (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(this host only)</source>
        <translation>(nur dieser Host)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of session</source>
        <translation>Sitzungsende</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zuora&apos;s session cookie: send it back as Cookie: ZSession=… on later calls.</source>
        <translation>Das Sitzungscookie von Zuora: Senden Sie es bei späteren Aufrufen als Cookie: ZSession=… zurück.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure</source>
        <translation>Secure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HttpOnly</source>
        <translation>HttpOnly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>zct::CurlPasteDialog</name>
    <message>
        <location filename="../../src/gui/CurlPasteDialog.cpp" line="+17"/>
        <source>&amp;Create profile</source>
        <translation>Profil &amp;anlegen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing pasted yet.</source>
        <translation>Noch nichts eingefügt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile &quot;%1&quot;: %2 at %3 as %4.</source>
        <translation>Profil „%1“: %2 bei %3 als %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client credentials</source>
        <translation>OAuth-Client-Zugangsdaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>session login</source>
        <translation>Sitzungsanmeldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity id: %1</source>
        <translation>Entitäts-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command contains the secret itself: it will not be written to the settings file.</source>
        <translation>Der Befehl enthält das Geheimnis selbst: Es wird nicht in die Einstellungsdatei geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret comes from $%1: type it in the form.</source>
        <translation>Das Geheimnis kommt aus $%1: Geben Sie es im Formular ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>zct::DemoServer</name>
    <message>
        <location filename="../../src/demo/DemoServer.cpp" line="+56"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>TLS is not available: Qt found no usable OpenSSL (%1)</source>
        <translation>TLS ist nicht verfügbar: Qt hat kein brauchbares OpenSSL gefunden (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no unencrypted RSA, EC or DSA private key in PEM form</source>
        <translation>%1 enthält keinen unverschlüsselten privaten RSA-, EC- oder DSA-Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The demo server is already listening</source>
        <translation>Der Demo-Server lauscht bereits</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>zct::DemoTenant</name>
    <message>
        <location filename="../../src/core/DemoTenant.cpp" line="+18"/>
        <source>The demo module does not offer a demo tenant.</source>
        <translation>Das Demo-Modul bietet keinen Demo-Mandanten an.</translation>
    </message>
</context>
<context>
    <name>zct::EntitiesLookup</name>
    <message>
        <location filename="../../src/core/EntitiesLookup.cpp" line="+51"/>
        <source>the ZSession cookie</source>
        <translation>das ZSession-Cookie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SOAP session</source>
        <translation>die SOAP-Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the OAuth token</source>
        <translation>das OAuth-Token</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>The REST base URL is not an http:// or https:// address.</source>
        <translation>Die REST-Basis-URL ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain http:// would send the session or token unencrypted; use https:// (http is allowed only for this computer).</source>
        <translation>Einfaches http:// würde die Sitzung oder das Token unverschlüsselt senden; verwenden Sie https:// (http ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no %1 to look up the entities with: run the check first.</source>
        <translation>Zum Abfragen der Entitäten fehlt %1: Führen Sie zuerst die Prüfung aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains characters that cannot be sent in a header, or is too long.</source>
        <translation>Nicht sendbar: %1 enthält Zeichen, die sich in einem Header nicht senden lassen, oder ist zu lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login name is needed to ask which entities it can reach.</source>
        <translation>Der Anmeldename wird benötigt, um zu fragen, welche Entitäten er erreichen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login name contains control characters such as a line break, or is too long.</source>
        <translation>Der Anmeldename enthält Steuerzeichen wie einen Zeilenumbruch oder ist zu lang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entity id or track id contains control characters such as a line break, or is too long.</source>
        <translation>Die Entitäts-ID oder die Track-ID enthält Steuerzeichen wie einen Zeilenumbruch oder ist zu lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeout must be a positive number of milliseconds.</source>
        <translation>Das Zeitlimit muss eine positive Anzahl Millisekunden sein.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The network connection was closed before %1 answered.</source>
        <translation>Die Netzwerkverbindung wurde geschlossen, bevor %1 geantwortet hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+197"/>
        <location line="+125"/>
        <source>Run the check again, then look up the entities.</source>
        <translation>Führen Sie die Prüfung erneut aus und fragen Sie dann die Entitäten ab.</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Correct the input and try again; nothing was sent.</source>
        <translation>Korrigieren Sie die Eingabe und versuchen Sie es erneut; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The server sent the session or token back; it is shown as ******** here.</source>
        <translation>Der Server hat die Sitzung oder das Token zurückgesendet; hier erscheint der Wert als ********.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No complete answer from %1 within %2 s to the entities lookup.</source>
        <translation>Keine vollständige Antwort von %1 auf die Abfrage der Entitäten innerhalb von %2 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network, proxy and firewall, then try again.</source>
        <translation>Prüfen Sie Netzwerk, Proxy und Firewall und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection before answering; the lookup was not sent again.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen; die Abfrage wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Retry; if it persists, a proxy or firewall may be cutting the connection.</source>
        <translation>Versuchen Sie es erneut; wenn es so bleibt, unterbricht vielleicht ein Proxy oder eine Firewall die Verbindung.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The answer is larger than %1 MiB; stopped reading (HTTP %2).</source>
        <translation>Die Antwort ist größer als %1 MiB; das Lesen wurde abgebrochen (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A list of entities is a few kilobytes: the base URL probably points at something else.</source>
        <translation>Eine Liste von Entitäten umfasst wenige Kilobyte: Die Basis-URL zeigt wahrscheinlich auf etwas anderes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection refused by %1.</source>
        <translation>Verbindung von %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing listens there: check the host and port of the REST base URL.</source>
        <translation>Dort lauscht nichts: Prüfen Sie Host und Port der REST-Basis-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 not found.</source>
        <translation>Host %1 nicht gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the host and this computer&apos;s DNS.</source>
        <translation>Prüfen Sie die Schreibweise des Hosts und das DNS dieses Computers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the network, proxy and firewall.</source>
        <translation>Prüfen Sie Netzwerk, Proxy und Firewall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request to %1 was stopped before it was answered.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen, bevor sie beantwortet wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 closed the connection before the answer was complete (HTTP %2, %3 bytes received).</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war (HTTP %2, %3 Bytes empfangen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy failed on the way to %1: %2</source>
        <translation>Der Proxy ist auf dem Weg zu %1 gescheitert: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy settings; the check itself went through the same proxy.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen; die Prüfung selbst lief über denselben Proxy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer from %1 (HTTP %2) could not be read: %3</source>
        <translation>Die Antwort von %1 (HTTP %2) konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or a server that is not Zuora may be answering: check the base URL.</source>
        <translation>Vielleicht antwortet ein Proxy oder ein Server, der nicht Zuora ist: Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the base URL.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Basis-URL.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an HTML page</source>
        <translation>einer HTML-Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a body that is not JSON</source>
        <translation>einem Inhalt, der kein JSON ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent an interim answer (HTTP %1) and Qt ends the exchange there: the list could not be read.</source>
        <translation>Der Server hat eine Zwischenantwort gesendet (HTTP %1), und Qt beendet den Austausch dort: Die Liste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuora sends no interim answers: a proxy or a server that is not Zuora may be answering.</source>
        <translation>Zuora sendet keine Zwischenantworten: Vielleicht antwortet ein Proxy oder ein Server, der nicht Zuora ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered HTTP %1 and redirects to %2; it was not followed, so %3 was not sent on.</source>
        <translation>Der Server antwortete mit HTTP %1 und leitet nach %2 weiter; der Weiterleitung wurde nicht gefolgt, %3 wurde also nicht weitergegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no location)</source>
        <translation>(kein Ziel angegeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the REST base URL: Zuora answers this call directly.</source>
        <translation>Prüfen Sie die REST-Basis-URL: Zuora beantwortet diesen Aufruf direkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zuora refused %1 for the entities lookup (HTTP 401).</source>
        <translation>Zuora hat %1 für die Abfrage der Entitäten abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuora refused the entities lookup (HTTP 403): %1 lacks the right to list entities.</source>
        <translation>Zuora hat die Abfrage der Entitäten abgelehnt (HTTP 403): %1 hat nicht das Recht, Entitäten aufzulisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zuora says: %1.</source>
        <translation>Zuora meldet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(The answer was %1: a proxy may have answered instead of Zuora.)</source>
        <translation>(Die Antwort bestand aus %1: Vielleicht hat ein Proxy statt Zuora geantwortet.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session may have expired (by default after 15 minutes): run the check again, then look up the entities at once.</source>
        <translation>Die Sitzung ist vielleicht abgelaufen (standardmäßig nach 15 Minuten): Führen Sie die Prüfung erneut aus und fragen Sie dann sofort die Entitäten ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token may have expired: run the check again for a fresh token, then look up the entities.</source>
        <translation>Das Token ist vielleicht abgelaufen: Führen Sie die Prüfung erneut aus, um ein neues Token zu erhalten, und fragen Sie dann die Entitäten ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user or OAuth client needs the permission to see entities (Multi-entity); ask a Zuora administrator.</source>
        <translation>Der Benutzer oder OAuth-Client braucht die Berechtigung, Entitäten zu sehen (Multi-entity); fragen Sie einen Zuora-Administrator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zuora does not know %1 here (HTTP 404%2): the tenant probably does not have Multi-entity (not confirmed: what such a tenant answers is not documented).</source>
        <translation>Zuora kennt %1 hier nicht (HTTP 404%2): Der Mandant hat wahrscheinlich kein Multi-entity (nicht bestätigt: Was ein solcher Mandant antwortet, ist nicht dokumentiert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without Multi-entity there is nothing to choose: leave the entity id empty. If the tenant has Multi-entity, check the REST base URL.</source>
        <translation>Ohne Multi-entity gibt es nichts auszuwählen: Lassen Sie die Entitäts-ID leer. Hat der Mandant Multi-entity, prüfen Sie die REST-Basis-URL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rate limited by Zuora (HTTP 429).</source>
        <translation>Von Zuora wegen zu vieler Anfragen gebremst (HTTP 429).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited by Zuora (HTTP 429); retry after %1 s.</source>
        <translation>Von Zuora wegen zu vieler Anfragen gebremst (HTTP 429); erneut versuchen nach %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup counts toward the tenant&apos;s API limits: wait, then try again.</source>
        <translation>Die Abfrage zählt zu den API-Limits des Mandanten: Warten Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a Zuora answer: HTTP %1 with %2.</source>
        <translation>Keine Antwort von Zuora: HTTP %1 mit %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gateway or proxy answered. Retry later; if it persists, check the base URL and any proxy.</source>
        <translation>Ein Gateway oder Proxy hat geantwortet. Versuchen Sie es später erneut; wenn es so bleibt, prüfen Sie die Basis-URL und einen etwaigen Proxy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The REST base URL may point at a web page rather than the REST API: check it.</source>
        <translation>Die REST-Basis-URL zeigt vielleicht auf eine Webseite statt auf die REST-API: Prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zuora reported a server error (HTTP %1).</source>
        <translation>Zuora meldete einen Serverfehler (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error (HTTP %1): %2</source>
        <translation>Serverfehler (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry later; if it persists, give Zuora Support the Zuora-Request-Id.</source>
        <translation>Versuchen Sie es später erneut; wenn es so bleibt, nennen Sie dem Zuora-Support die Zuora-Request-Id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1 with an empty body: no list of entities.</source>
        <translation>HTTP %1 mit leerem Inhalt: keine Liste von Entitäten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it persists, check that the base URL is Zuora&apos;s REST API.</source>
        <translation>Versuchen Sie es erneut; wenn es so bleibt, prüfen Sie, ob die Basis-URL die REST-API von Zuora ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected answer to the entities lookup: HTTP %1.</source>
        <translation>Unerwartete Antwort auf die Abfrage der Entitäten: HTTP %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer to the entities lookup (HTTP %1): %2</source>
        <translation>Unerwartete Antwort auf die Abfrage der Entitäten (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the raw response; check the REST base URL.</source>
        <translation>Sehen Sie sich die unformatierte Antwort an; prüfen Sie die REST-Basis-URL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zuora answered the entities lookup with success: false, without a reason.</source>
        <translation>Zuora hat die Abfrage der Entitäten mit success: false beantwortet, ohne Begründung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zuora answered the entities lookup with success: false: %1.</source>
        <translation>Zuora hat die Abfrage der Entitäten mit success: false beantwortet: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Unexpected answer, not a list of entities: %1.</source>
        <translation>Unerwartete Antwort, keine Liste von Entitäten: %1.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>This is not how Zuora lists entities: look at the raw response, check the base URL and any proxy.</source>
        <translation>So listet Zuora keine Entitäten auf: Sehen Sie sich die unformatierte Antwort an, prüfen Sie die Basis-URL und einen etwaigen Proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no &quot;entities&quot; array</source>
        <translation>es gibt kein Array „entities“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;entities&quot; is not an array</source>
        <translation>„entities“ ist kein Array</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1 of &quot;entities&quot; is not an object</source>
        <translation>Eintrag %1 von „entities“ ist kein Objekt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1 of &quot;entities&quot; has a field that is neither a string nor null</source>
        <translation>Eintrag %1 von „entities“ hat ein Feld, das weder eine Zeichenkette noch null ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 of &quot;entities&quot; has no id</source>
        <translation>Eintrag %1 von „entities“ hat keine id</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zuora lists no entities for %1.</source>
        <translation>Zuora listet für %1 keine Entitäten auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without entities there is nothing to choose: leave the entity id empty.</source>
        <translation>Ohne Entitäten gibt es nichts auszuwählen: Lassen Sie die Entitäts-ID leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One entity can be reached with %1.</source>
        <translation>Über %1 ist eine Entität erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entities can be reached with %2.</source>
        <translation>Über %2 sind %1 Entitäten erreichbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No entity id is chosen: later calls should name one in Zuora-Entity-Ids. The global entity %1 (%2) is the usual choice.</source>
        <translation>Es ist keine Entitäts-ID gewählt: Spätere Aufrufe sollten eine in Zuora-Entity-Ids nennen. Üblich ist die globale Entität %1 (%2).</translation>
    </message>
</context>
<context>
    <name>zct::EntitiesView</name>
    <message>
        <location filename="../../src/gui/EntitiesView.cpp" line="+19"/>
        <source>1 entity</source>
        <translation>1 Entität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 entities</source>
        <translation>%1 Entitäten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Press List entities to ask Zuora once: GET %1</source>
        <translation>Klicken Sie auf „Entitäten auflisten“, um Zuora einmal zu fragen: GET %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an accepted check has a session or token to ask with.</source>
        <translation>Nur eine akzeptierte Prüfung liefert eine Sitzung oder ein Token für die Abfrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test first: the list is asked for with the session or token of an accepted check.</source>
        <translation>Testen Sie zuerst: Die Liste wird mit der Sitzung oder dem Token einer akzeptierten Prüfung abgefragt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking Zuora for the entities…</source>
        <translation>Die Entitäten werden bei Zuora abgefragt …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The entities were not listed: %1</source>
        <translation>Die Entitäten wurden nicht aufgelistet: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Listed: %1.</source>
        <translation>Aufgelistet: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entity %1 is now the form&apos;s entity id.</source>
        <translation>Die Entität %1 ist jetzt die Entitäts-ID im Formular.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entity(ies)</source>
        <translation type="vanished">
            <numerusform>%1: %n Entität</numerusform>
            <numerusform>%1: %n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>(global)</source>
        <translation>(global)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This credential reaches %n entities and the profile names none: later calls must send Zuora-Entity-Ids. Choose one and press Use in the profile.</source>
        <translation>
            <numerusform>Diese Zugangsdaten erreichen %n Entität, und das Profil nennt keine: Spätere Aufrufe müssen Zuora-Entity-Ids senden. Wählen Sie eine aus und klicken Sie auf „Im Profil verwenden“.</numerusform>
            <numerusform>Diese Zugangsdaten erreichen %n Entitäten, und das Profil nennt keine: Spätere Aufrufe müssen Zuora-Entity-Ids senden. Wählen Sie eine aus und klicken Sie auf „Im Profil verwenden“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) listed.</source>
        <translation type="vanished">
            <numerusform>%n Entität aufgelistet.</numerusform>
            <numerusform>%n Entitäten aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity %1 put into the form: save the profile to keep it.</source>
        <translation type="vanished">Entität %1 ins Formular übernommen: Speichern Sie das Profil, um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>zct::ErrorKind</name>
    <message>
        <location filename="../../src/core/ConnectionResult.cpp" line="+71"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy error</source>
        <translation>Proxy-Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirected</source>
        <translation>Umgeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a Zuora answer</source>
        <translation>Keine Zuora-Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty answer</source>
        <translation>Leere Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret</source>
        <translation>Kein Geheimnis</translation>
    </message>
</context>
<context>
    <name>zct::HeadersModel</name>
    <message>
        <location filename="../../src/gui/HeadersModel.cpp" line="+84"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>zct::HistoryModel</name>
    <message>
        <source>Accepted</source>
        <translation type="vanished">Akzeptiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="vanished">Abgelehnt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="vanished">Fehler</translation>
    </message>
    <message>
        <location filename="../../src/gui/HistoryModel.cpp" line="+42"/>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="vanished">%1 ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
</context>
<context>
    <name>zct::HistoryPane</name>
    <message>
        <location filename="../../src/gui/HistoryPane.cpp" line="+23"/>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted only</source>
        <translation>Nur akzeptierte</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(deleted profile)</source>
        <translation>(gelöschtes Profil)</translation>
    </message>
</context>
<context>
    <name>zct::ImportDialog</name>
    <message>
        <location filename="../../src/gui/ImportDialog.cpp" line="+18"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 profiles, %3 valid, %4 with errors, %5 names already in use. Secrets are never in such a file: type or remember them after the import.</source>
        <translation>%1: %2 Profile, %3 gültig, %4 fehlerhaft, %5 Namen bereits vergeben. Geheimnisse stehen nie in einer solchen Datei: Geben Sie sie nach dem Import ein oder lassen Sie sie merken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do with %1</source>
        <translation>Was mit %1 geschehen soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import under a new name</source>
        <translation>Unter neuem Namen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing profile</source>
        <translation>Das vorhandene Profil ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip it</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>zct::KeychainSecretStore</name>
    <message>
        <location filename="../../src/core/KeychainSecretStore.cpp" line="+73"/>
        <source>The keychain module does not offer a keychain.</source>
        <translation>Das Schlüsselbund-Modul bietet keinen Schlüsselbund an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keychain cannot be used, so no secret can be read or saved: %1. Reinstall the package, or type the secret each time.</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden, daher kann kein Geheimnis gelesen oder gespeichert werden: %1. Installieren Sie das Paket neu oder geben Sie das Geheimnis jedes Mal ein.</translation>
    </message>
</context>
<context>
    <name>zct::MainWindow</name>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="+53"/>
        <source>No saved profiles yet. Press &quot;Try the demo tenant&quot; to see a check against a built-in demo Zuora, or fill in the form for your tenant.</source>
        <translation>Noch keine gespeicherten Profile. Klicken Sie auf „Demo-Mandant ausprobieren“, um eine Prüfung gegen ein eingebautes Demo-Zuora zu sehen, oder füllen Sie das Formular für Ihren Mandanten aus.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not asked: a check is running, or this result brought no session or token.</source>
        <translation>Nicht abgefragt: Eine Prüfung läuft, oder dieses Ergebnis hat keine Sitzung und kein Token geliefert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The secret of &quot;%1&quot; was not stored in the keychain (the profile still remembers that it should be): %2</source>
        <translation>Das Geheimnis von „%1“ wurde nicht im Schlüsselbund gespeichert (das Profil merkt sich weiterhin, dass es gespeichert werden soll): %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1[*] - Zuora Credential Tester</source>
        <translation>%1[*] - Zuora Credential Tester</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zuora Credential Tester[*]</source>
        <translation>Zuora Credential Tester[*]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Demo profiles are not saved: the demo server runs only while this window is open, on a port that changes every time. For your own tenant, add a profile (Ctrl+N) and save that.</source>
        <translation>Demo-Profile werden nicht gespeichert: Der Demo-Server läuft nur, solange dieses Fenster offen ist, auf einem Port, der sich jedes Mal ändert. Für Ihren eigenen Mandanten fügen Sie ein Profil hinzu (Strg+N) und speichern es.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The secret of &quot;%1&quot; is set.</source>
        <translation>Das Geheimnis von „%1“ ist festgelegt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo tenant runs on this computer at %1; nothing leaves the machine. Its profiles are not saved.</source>
        <translation>Der Demo-Mandant läuft auf diesem Computer unter %1; nichts verlässt den Rechner. Seine Profile werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation type="vanished">Eigene URL …</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation type="vanished">Systemeinstellungen</translation>
    </message>
    <message>
        <source>Direct (no proxy)</source>
        <translation type="vanished">Direkt (ohne Proxy)</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="vanished">HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="vanished">SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>Session login (user name and password)</source>
        <translation type="vanished">Sitzungsanmeldung (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>OAuth client credentials (client id and secret)</source>
        <translation type="vanished">OAuth-Client-Zugangsdaten (Client-ID und Client-Secret)</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="vanished">Die Feststelltaste ist aktiviert.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 s</translation>
    </message>
    <message>
        <source>The next &quot;Copy as curl&quot; includes the secret in clear; the clipboard is cleared after 30 s.</source>
        <translation type="vanished">Das nächste „Als curl kopieren“ enthält das Geheimnis im Klartext; die Zwischenablage wird nach 30 s geleert.</translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="vanished">Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation type="vanished">Nur Fehlschläge</translation>
    </message>
    <message>
        <source>Accepted only</source>
        <translation type="vanished">Nur akzeptierte</translation>
    </message>
    <message>
        <source>(no token yet)</source>
        <translation type="vanished">(noch kein Token)</translation>
    </message>
    <message>
        <source>Reading from the keychain…</source>
        <translation type="vanished">Wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="vanished">Client-&amp;ID:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="vanished">Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="vanished">Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="vanished">&amp;Passwort:</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="vanished">Client-ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="vanished">Benutzername</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="vanished">Client-Secret</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">Passwort</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="vanished">%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="vanished">Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its stored secret and history are deleted too.</source>
        <translation type="vanished">Das Profil „%1“ löschen? Das gespeicherte Geheimnis und der Verlauf werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Profile deleted.</source>
        <translation type="vanished">Profil gelöscht.</translation>
    </message>
    <message>
        <source>Could not save the profiles to %1.</source>
        <translation type="vanished">Die Profile konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>0.0 s</source>
        <translation type="vanished">0.0 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="vanished">%1 ms</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation type="vanished">(leerer Inhalt)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="vanished">(keine Antwort)</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="vanished">Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>(no token)</source>
        <translation type="vanished">(kein Token)</translation>
    </message>
    <message numerus="yes">
        <source>%1 •••••••• (%n characters)</source>
        <translation type="vanished">
            <numerusform>%1 •••••••• (%n Zeichen)</numerusform>
            <numerusform>%1 •••••••• (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Entity %1</source>
        <translation type="vanished">Entität %1</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation type="vanished">Mandant %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="vanished">Benutzer %1</translation>
    </message>
    <message>
        <source>No expiry given</source>
        <translation type="vanished">Kein Ablauf angegeben</translation>
    </message>
    <message>
        <source>Expired at %1</source>
        <translation type="vanished">Abgelaufen um %1</translation>
    </message>
    <message>
        <source>In %1:%2 (at %3)</source>
        <translation type="vanished">In %1:%2 (um %3)</translation>
    </message>
    <message>
        <source>(deleted profile)</source>
        <translation type="vanished">(gelöschtes Profil)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No profiles to test.</source>
        <translation>Keine Profile zum Testen.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="vanished">Profile importieren</translation>
    </message>
    <message>
        <source>Profile files (*.json);;All files (*)</source>
        <translation type="vanished">Profildateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="vanished">Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Imported: %1 added (%2 renamed), %3 replaced, %4 skipped, %5 left out.</source>
        <translation type="vanished">Importiert: %1 hinzugefügt (%2 umbenannt), %3 ersetzt, %4 übersprungen, %5 ausgelassen.</translation>
    </message>
    <message>
        <source>Pasted profile</source>
        <translation type="vanished">Eingefügtes Profil</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; created from the curl command.</source>
        <translation type="vanished">Profil „%1“ aus dem curl-Befehl angelegt.</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation type="vanished">Profile exportieren</translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <translation type="vanished">Profildateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profiles to %1 (no secrets).</source>
        <translation type="vanished">
            <numerusform>%n Profil nach %1 exportiert (ohne Geheimnisse).</numerusform>
            <numerusform>%n Profile nach %1 exportiert (ohne Geheimnisse).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="vanished">Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Copied the curl command with the secret; the clipboard is cleared in 30 s.</source>
        <translation type="vanished">Der curl-Befehl wurde mit dem Geheimnis kopiert; die Zwischenablage wird in 30 s geleert.</translation>
    </message>
    <message>
        <source>Copied the curl command; it reads the secret from $%1.</source>
        <translation type="vanished">Der curl-Befehl wurde kopiert; er liest das Geheimnis aus $%1.</translation>
    </message>
    <message>
        <source>Copied the session cookie; the clipboard is cleared in 30 s.</source>
        <translation type="vanished">Das Sitzungscookie wurde kopiert; die Zwischenablage wird in 30 s geleert.</translation>
    </message>
    <message>
        <source>Copied the response.</source>
        <translation type="vanished">Die Antwort wurde kopiert.</translation>
    </message>
    <message>
        <source>Copied the access token; the clipboard is cleared in 30 s.</source>
        <translation type="vanished">Das Zugriffstoken wurde kopiert; die Zwischenablage wird in 30 s geleert.</translation>
    </message>
    <message>
        <source>Trust a CA certificate</source>
        <translation type="vanished">Einem CA-Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="vanished">PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Zuora Credential Tester</source>
        <translation type="vanished">Über Zuora Credential Tester</translation>
    </message>
    <message>
        <source>Zuora Credential Tester %1

Checks Zuora REST API credentials with a session login or an OAuth token request, and says why they fail.</source>
        <translation type="vanished">Zuora Credential Tester %1

Prüft Zugangsdaten für die Zuora-REST-API mit einer Sitzungsanmeldung oder einer OAuth-Token-Anfrage und sagt, warum sie scheitern.</translation>
    </message>
    <message>
        <source>Type the secret: the keychain did not provide it</source>
        <translation type="vanished">Geheimnis eingeben: Der Schlüsselbund hat es nicht geliefert</translation>
    </message>
    <message>
        <source>The secret was not stored: %1</source>
        <translation type="vanished">Das Geheimnis wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="vanished">Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The profile has unsaved changes.</source>
        <translation type="vanished">Das Profil hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The demo tenant could not start: %1</source>
        <translation>Der Demo-Mandant konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo tenant: wrong password</source>
        <translation type="vanished">Demo-Mandant: falsches Passwort</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation type="vanished">Demo-Mandant</translation>
    </message>
    <message>
        <source>The demo tenant runs on this computer at %1; nothing leaves the machine.</source>
        <translation type="vanished">Der Demo-Mandant läuft auf diesem Computer unter %1; nichts verlässt den Rechner.</translation>
    </message>
</context>
<context>
    <name>zct::NoticeBar</name>
    <message>
        <location filename="../../src/gui/NoticeBar.cpp" line="+31"/>
        <location line="+1"/>
        <source>Close the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>zct::PasswordLineEdit</name>
    <message>
        <location filename="../../src/gui/PasswordLineEdit.cpp" line="+54"/>
        <location line="+9"/>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Show or hide the password</source>
        <translation>Passwort anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>Caps Lock is on</source>
        <translation>Feststelltaste ist aktiviert</translation>
    </message>
</context>
<context>
    <name>zct::ProfileCheckRun</name>
    <message>
        <location filename="../../src/core/ProfileCheckRun.cpp" line="+47"/>
        <source>Not sent: the profile does not remember its secret, so there is nothing to test it with.</source>
        <translation>Nicht gesendet: Das Profil merkt sich sein Geheimnis nicht, es gibt also nichts, womit es getestet werden könnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the profile is set to remember its secret, but the keychain has no entry for it.</source>
        <translation>Nicht gesendet: Das Profil soll sich sein Geheimnis merken, aber der Schlüsselbund hat keinen Eintrag dafür.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the secret could not be read from the keychain. %1</source>
        <translation>Nicht gesendet: Das Geheimnis konnte nicht aus dem Schlüsselbund gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the proxy password could not be read from the keychain. %1</source>
        <translation>Nicht gesendet: Das Proxy-Passwort konnte nicht aus dem Schlüsselbund gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
</context>
<context>
    <name>zct::ProfileLibrary</name>
    <message>
        <location filename="../../src/core/ProfileLibrary.cpp" line="+81"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Could not save to %1: %2</source>
        <translation>Speichern nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>zct::ProfileListModel</name>
    <message>
        <location filename="../../src/gui/ProfileListModel.cpp" line="+96"/>
        <source>Not tested yet</source>
        <translation>Noch nicht getestet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (unsaved changes)</source>
        <translation> (ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last verdict: %1</source>
        <translation>Letztes Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last verified %1</source>
        <translation>Zuletzt geprüft am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo profile: kept in memory only</source>
        <translation>Demo-Profil: nur im Speicher gehalten</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation type="vanished">Nie geprüft</translation>
    </message>
</context>
<context>
    <name>zct::ProfileListPane</name>
    <message>
        <location filename="../../src/gui/ProfileListPane.cpp" line="+41"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rena&amp;me</source>
        <translation>U&amp;mbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;secret…</source>
        <translation>&amp;Geheimnis festlegen …</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Made &quot;%1&quot; from &quot;%2&quot; without its secret: a copy is usually for another user. Type the secret, or use Set secret… in the profile&apos;s menu.</source>
        <translation>„%1“ aus „%2“ erstellt, ohne sein Geheimnis: Eine Kopie ist meist für einen anderen Benutzer. Geben Sie das Geheimnis ein oder verwenden Sie „Geheimnis festlegen …“ im Menü des Profils.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made &quot;%1&quot; from &quot;%2&quot;. It has no secret yet, like the original.</source>
        <translation>„%1“ aus „%2“ erstellt. Es hat noch kein Geheimnis, wie das Original.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;? Its stored secret and history are deleted too.</source>
        <translation>Das Profil „%1“ löschen? Das gespeicherte Geheimnis und der Verlauf werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile deleted.</source>
        <translation>Profil gelöscht.</translation>
    </message>
</context>
<context>
    <name>zct::ProfileTransfer</name>
    <message>
        <location filename="../../src/gui/ProfileTransfer.cpp" line="+34"/>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile files (*.json);;All files (*)</source>
        <translation>Profildateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profiles were imported but not saved: %1</source>
        <translation>Die Profile wurden importiert, aber nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported: %1 added (%2 renamed), %3 replaced, %4 skipped, %5 left out.</source>
        <translation>Importiert: %1 hinzugefügt (%2 umbenannt), %3 ersetzt, %4 übersprungen, %5 ausgelassen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile files (*.json)</source>
        <translation>Profildateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n profiles to %1 (no secrets).</source>
        <translation>
            <numerusform>%n Profil nach %1 exportiert (ohne Geheimnisse).</numerusform>
            <numerusform>%n Profile nach %1 exportiert (ohne Geheimnisse).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pasted profile</source>
        <translation>Eingefügtes Profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile &quot;%1&quot; created from the curl command.</source>
        <translation>Profil „%1“ aus dem curl-Befehl angelegt.</translation>
    </message>
</context>
<context>
    <name>zct::ResultPane</name>
    <message>
        <location filename="../../src/gui/ResultPane.cpp" line="+84"/>
        <source>The next &quot;Copy as curl&quot; includes the secret in clear; the clipboard is cleared after 30 s.</source>
        <translation>Das nächste „Als curl kopieren“ enthält das Geheimnis im Klartext; die Zwischenablage wird nach 30 s geleert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Last verdict: %1 on %2. Press Test (Ctrl+Return) to check it now.</source>
        <translation>Letztes Ergebnis: %1 am %2. Klicken Sie auf „Testen“ (Strg+Eingabe), um es jetzt zu prüfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not tested in this session, nor before. Press Test (Ctrl+Return) to check it.</source>
        <translation>In dieser Sitzung und davor nicht getestet. Klicken Sie auf „Testen“ (Strg+Eingabe), um es zu prüfen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>(empty body)</source>
        <translation>(leerer Inhalt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no token)</source>
        <translation>(kein Token)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 %2 (%n characters)</source>
        <translation>
            <numerusform>%1 %2 (%n Zeichen)</numerusform>
            <numerusform>%1 %2 (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entity %1</source>
        <translation>Entität %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No expiry given</source>
        <translation>Kein Ablauf angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expired at %1</source>
        <translation>Abgelaufen um %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1:%2 (at %3)</source>
        <translation>In %1:%2 (um %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied the session cookie; the clipboard is cleared in 30 s.</source>
        <translation>Das Sitzungscookie wurde kopiert; die Zwischenablage wird in 30 s geleert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the report for support; it holds no secret, cookie value or token.</source>
        <translation>Der Bericht für den Support wurde kopiert; er enthält kein Geheimnis, keinen Cookie-Wert und kein Token.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied the response with the access token; the clipboard is cleared in 30 s.</source>
        <translation>Die Antwort wurde mit dem Zugriffstoken kopiert; die Zwischenablage wird in 30 s geleert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the response, the access token masked.</source>
        <translation>Die Antwort wurde kopiert, das Zugriffstoken maskiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied the response.</source>
        <translation>Die Antwort wurde kopiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the access token; the clipboard is cleared in 30 s.</source>
        <translation>Das Zugriffstoken wurde kopiert; die Zwischenablage wird in 30 s geleert.</translation>
    </message>
</context>
<context>
    <name>zct::SecretStore</name>
    <message>
        <location filename="../../src/core/SecretStore.cpp" line="+14"/>
        <source>No secret is saved in the keychain for this profile. Type it in, and choose to remember it if it should be saved.</source>
        <translation>Für dieses Profil ist kein Geheimnis im Schlüsselbund gespeichert. Geben Sie es ein und wählen Sie „merken“, wenn es gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain service (Secret Service or KWallet) answered, so the secret cannot be saved. Install and start gnome-keyring or KWallet, or type the secret each time.</source>
        <translation>Kein Schlüsselbunddienst (Secret Service oder KWallet) hat geantwortet, daher kann das Geheimnis nicht gespeichert werden. Installieren und starten Sie gnome-keyring oder KWallet, oder geben Sie das Geheimnis jedes Mal ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No D-Bus session bus: the keychain cannot be reached. Start the app inside a desktop session, or run it under dbus-run-session with gnome-keyring-daemon.</source>
        <translation>Kein D-Bus-Sitzungsbus: Der Schlüsselbund ist nicht erreichbar. Starten Sie die App in einer Desktop-Sitzung oder mit dbus-run-session und gnome-keyring-daemon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain is locked, or its login keyring does not exist yet, and it was not unlocked. Unlock the login keyring (for example in Passwords and Keys) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder sein Anmelde-Schlüsselbund existiert noch nicht, und er wurde nicht entsperrt. Entsperren Sie den Anmelde-Schlüsselbund (zum Beispiel in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the keychain was refused. Allow this app when the keyring asks, or check the keyring&apos;s access settings, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie diese App, wenn der Schlüsselbund nachfragt, oder prüfen Sie seine Zugriffseinstellungen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain reported an error. Try again; if it persists, check that the keyring service is running.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet. Versuchen Sie es erneut; wenn es so bleibt, prüfen Sie, ob der Schlüsselbunddienst läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain said: %1</source>
        <translation>Meldung des Schlüsselbunds: %1</translation>
    </message>
</context>
<context>
    <name>zct::SetSecretDialog</name>
    <message>
        <location filename="../../src/gui/SetSecretDialog.cpp" line="+20"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set secret of &quot;%1&quot;</source>
        <translation>Geheimnis von „%1“ festlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember the secret in the system keychain</source>
        <translation>Geheimnis im Schlüsselbund des Systems merken</translation>
    </message>
</context>
<context>
    <name>zct::TimingBar</name>
    <message>
        <location filename="../../src/gui/TimingBar.cpp" line="+33"/>
        <source>Timing of the request phases</source>
        <translation>Zeitverlauf der Anfragephasen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queue and DNS lookup</source>
        <translation>Warteschlange und DNS-Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect and TLS handshake</source>
        <translation>Verbindungsaufbau und TLS-Handshake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect and send</source>
        <translation>Verbinden und senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for Zuora</source>
        <translation>Auf Zuora warten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect, send and wait</source>
        <translation>Verbinden, senden und warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read answer</source>
        <translation>Antwort lesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until it failed (no answer)</source>
        <translation>Bis zum Fehlschlag (keine Antwort)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No timings yet</source>
        <translation>Noch keine Zeitmessung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 (at %3)</source>
        <translation>%1: %2 (bei %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
</context>
<context>
    <name>zct::TlsErrorText</name>
    <message>
        <location filename="../../src/core/TlsErrorText.cpp" line="-100"/>
        <source>an unnamed certificate</source>
        <translation>ein unbenanntes Zertifikat</translation>
    </message>
</context>
<context>
    <name>zct::VerdictBanner</name>
    <message>
        <location filename="../../src/gui/VerdictBanner.cpp" line="+36"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose or enter a tenant, then press Test (Ctrl+Return).</source>
        <translation>Wählen Sie einen Mandanten aus oder geben Sie ihn ein, und klicken Sie dann auf „Testen“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not tested yet</source>
        <translation>Noch nicht getestet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing…</source>
        <translation>Test läuft …</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="vanished">Akzeptiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="vanished">Abgelehnt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="vanished">Fehler</translation>
    </message>
</context>
<context>
    <name>zct::ZuoraConnection</name>
    <message>
        <location filename="../../src/core/ZuoraConnection.cpp" line="+198"/>
        <source>The track id has %1 characters; Zuora allows at most 64.</source>
        <translation>Die Track-ID hat %1 Zeichen; Zuora erlaubt höchstens 64.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The track id may contain only printable US-ASCII characters.</source>
        <translation>Die Track-ID darf nur druckbare US-ASCII-Zeichen enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The track id must not contain %1 (Zuora forbids : ; &quot; and &apos;).</source>
        <translation>Die Track-ID darf %1 nicht enthalten (Zuora verbietet : ; &quot; und &apos;).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The WSDL version &quot;%1&quot; is not a version number such as 115.0.</source>
        <translation>Die WSDL-Version „%1“ ist keine Versionsnummer wie 115.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the OAuth client id.</source>
        <translation>Geben Sie die OAuth-Client-ID ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the API user name.</source>
        <translation>Geben Sie den Namen des API-Benutzers ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name or client id has %1 characters; at most %2 are accepted: check what was pasted.</source>
        <translation>Der Benutzername oder die Client-ID hat %1 Zeichen; höchstens %2 sind erlaubt: Prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or client id contains a control character, NUL (byte 0), which would cut it short: check where it came from.</source>
        <translation>Der Benutzername oder die Client-ID enthält ein Steuerzeichen, NUL (Byte 0), das den Wert abschneiden würde: Prüfen Sie, woher er stammt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or client id contains control characters.</source>
        <translation>Der Benutzername oder die Client-ID enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password or secret has %1 characters; at most %2 are accepted: check what was pasted.</source>
        <translation>Das Passwort oder Geheimnis hat %1 Zeichen; höchstens %2 sind erlaubt: Prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password or secret contains a control character, NUL (byte 0); it would be cut short there, so nothing is sent. Check what was pasted or piped in.</source>
        <translation>Das Passwort oder Geheimnis enthält ein Steuerzeichen, NUL (Byte 0); es würde dort abgeschnitten, daher wird nichts gesendet. Prüfen Sie, was eingefügt oder per Pipe übergeben wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password or secret contains control characters such as a line break; check what was pasted.</source>
        <translation>Das Passwort oder Geheimnis enthält Steuerzeichen wie einen Zeilenumbruch; prüfen Sie, was eingefügt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entity id contains control characters or is too long.</source>
        <translation>Die Entitäts-ID enthält Steuerzeichen oder ist zu lang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificate file %1 is too large to be a certificate.</source>
        <translation>Die CA-Zertifikatsdatei %1 ist zu groß für ein Zertifikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 contains no PEM certificate.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timeout must be positive.</source>
        <translation>Das Zeitlimit muss positiv sein.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The proxy password contains control characters such as a line break, or is too long.</source>
        <translation>Das Proxy-Passwort enthält Steuerzeichen wie einen Zeilenumbruch oder ist zu lang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the input and test again; nothing was sent.</source>
        <translation>Korrigieren Sie die Eingabe und testen Sie erneut; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zuora says its SOAP API is not available in the EU and APAC data centres, while its endpoint tables still list %1: sent as asked, judge what comes back.</source>
        <translation>Laut Zuora ist die SOAP-API in den Rechenzentren EU und APAC nicht verfügbar, während die Endpunkt-Tabellen von Zuora %1 noch aufführen: wie angefordert gesendet; beurteilen Sie, was zurückkommt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trusting the extra CA certificate %1 for this attempt.</source>
        <translation>Für diesen Versuch wird dem zusätzlichen CA-Zertifikat %1 vertraut.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Through the HTTP proxy %1 (a CONNECT tunnel).</source>
        <translation>Über den HTTP-Proxy %1 (ein CONNECT-Tunnel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Through the SOCKS5 proxy %1, which also resolves %2.</source>
        <translation>Über den SOCKS5-Proxy %1, der auch %2 auflöst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direct, without a proxy (as set).</source>
        <translation>Direkt, ohne Proxy (wie eingestellt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Through the system&apos;s proxy %1 (http_proxy / https_proxy or the desktop&apos;s settings).</source>
        <translation>Über den Proxy des Systems, %1 (http_proxy / https_proxy oder die Einstellungen des Desktops).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct: no_proxy / NO_PROXY lists %1.</source>
        <translation>Direkt: no_proxy / NO_PROXY nennt %1.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>The answer&apos;s framing is broken: Content-Length &quot;%1&quot; is not one decimal number (RFC 9112 §6.3), so where the answer ends is unknown and it is not judged.</source>
        <translation>Die Rahmung der Antwort ist fehlerhaft: Content-Length „%1“ ist keine einzelne Dezimalzahl (RFC 9112 §6.3), daher ist unbekannt, wo die Antwort endet, und sie wird nicht bewertet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zuora frames its answers correctly: a proxy or a server that is not Zuora may be answering.</source>
        <translation>Zuora rahmt seine Antworten korrekt: Vielleicht antwortet ein Proxy oder ein Server, der nicht Zuora ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HTTP %1 without readable headers: none at all, or too many or too large to read.</source>
        <translation>HTTP %1 ohne lesbare Header: gar keine oder zu viele oder zu große, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not how Zuora answers: check the base URL and any proxy.</source>
        <translation>So antwortet Zuora nicht: Prüfen Sie die Basis-URL und einen etwaigen Proxy.</translation>
    </message>
    <message>
        <source>The token&apos;s scope lists %1 entities and no entity id was chosen: later calls must send Zuora-Entity-Ids.</source>
        <translation type="vanished">Der Geltungsbereich des Tokens nennt %1 Entitäten, und es wurde keine Entitäts-ID gewählt: Spätere Aufrufe müssen Zuora-Entity-Ids senden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server sent the password or secret back; it is shown as ******** here.</source>
        <translation>Der Server hat das Passwort oder Geheimnis zurückgesendet; es wird hier als ******** angezeigt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No complete answer from %1 within %2 s.</source>
        <translation>Keine vollständige Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network, proxy and firewall; Zuora itself gives up after 120 s.</source>
        <translation>Prüfen Sie Netzwerk, Proxy und Firewall; Zuora selbst gibt nach 120 s auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy %1 closed the connection before %2 answered; the login was not sent again.</source>
        <translation>Der Proxy %1 hat die Verbindung geschlossen, bevor %2 geantwortet hat; die Anmeldung wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the proxy: its log may say why it dropped the connection.</source>
        <translation>Prüfen Sie den Proxy: Sein Protokoll sagt vielleicht, warum er die Verbindung getrennt hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 closed the connection before answering; the login was not sent again.</source>
        <translation>%1 hat die Verbindung vor einer Antwort geschlossen; die Anmeldung wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer is larger than %1 MiB; stopped reading (HTTP %2).</source>
        <translation>Die Antwort ist größer als %1 MiB; das Lesen wurde abgebrochen (HTTP %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login answer is a few hundred bytes: the base URL probably points at something else.</source>
        <translation>Eine Anmeldeantwort umfasst einige hundert Bytes: Die Basis-URL zeigt vermutlich auf etwas anderes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection refused by %1.</source>
        <translation>Verbindung von %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing listens there: check the host and port in the base URL.</source>
        <translation>Dort lauscht nichts: Prüfen Sie Host und Port in der Basis-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 not found.</source>
        <translation>Host %1 nicht gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the host and this computer&apos;s DNS.</source>
        <translation>Prüfen Sie die Schreibweise des Hosts und das DNS dieses Computers.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="vanished">TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>The server may not support TLS 1.2 or newer.</source>
        <translation type="vanished">Der Server unterstützt möglicherweise kein TLS 1.2 oder neuer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network, proxy and firewall.</source>
        <translation>Prüfen Sie Netzwerk, Proxy und Firewall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 closed the connection before the answer was complete (HTTP %2, %3 bytes received).</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war (HTTP %2, %3 Bytes empfangen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>Retry; if it persists, a proxy or firewall may be cutting the connection.</source>
        <translation>Versuchen Sie es erneut; wenn es so bleibt, unterbricht vielleicht ein Proxy oder eine Firewall die Verbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer from %1 (HTTP %2) could not be read: %3</source>
        <translation>Die Antwort von %1 (HTTP %2) konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy or a server that is not Zuora may be answering: check the base URL.</source>
        <translation>Vielleicht antwortet ein Proxy oder ein Server, der nicht Zuora ist: Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>Proxy problem: %1</source>
        <translation type="vanished">Proxy-Problem: %1</translation>
    </message>
    <message>
        <source>Check the proxy settings.</source>
        <translation type="vanished">Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the base URL.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Basis-URL.</translation>
    </message>
</context>
</TS>
