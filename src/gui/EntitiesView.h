#pragma once

#include "ConnectionResult.h"
#include "EntitiesLookup.h"

#include <QWidget>

#include <memory>

namespace Ui { class EntitiesView; }

namespace zct {

// The Entities tab: which entities the credential of the result on screen can reach. Nothing is
// asked until the person presses List entities; then one read-only call (EntitiesLookup, made by
// the check's connection) lists them, with the call and its time. For a user with several entities
// and no entity id in the profile, an entity can be put into the profile from here.
class EntitiesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntitiesView)
public:
    explicit EntitiesView(QWidget *parent = nullptr);
    ~EntitiesView() override;

    // Replaces whatever was shown: a lookup still on its way for an earlier result is then ignored.
    void showResult(const ConnectionResult &result);
    // The lookup asked for from here; anything else (no request pending) is ignored.
    void showEntities(const EntitiesResult &result);
    void requestLookup();
    void useSelectedEntity();

Q_SIGNALS:
    void lookupRequested();
    void useEntityRequested(const QString &entityId);   // the Zuora-Entity-Ids form
    void message(const QString &text);

private:
    void updateUseButton();
    static QString entityCount(qsizetype count);   // 1 entity, 2 entities

    std::unique_ptr<Ui::EntitiesView> m_ui;
    bool m_available = false;   // the result on screen was accepted and brought a credential
    bool m_waiting = false;     // a lookup for the result on screen is on its way
    QString m_profileEntityId;  // the entity id the checked profile already names
};

} // namespace zct
